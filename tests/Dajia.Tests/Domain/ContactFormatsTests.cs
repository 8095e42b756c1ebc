using Dajia.Web.Domain;

namespace Dajia.Tests.Domain;

public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("19912345678", true)]
    [InlineData("12812345678", false)]
    [InlineData("1380013800", false)]
    [InlineData("138001380001", false)]
    [InlineData("23800138000", false)]
    [InlineData("1380013800a", false)]
    public void Mobile_is_11_digits_starting_1_3_to_9(string value, bool ok) => Assert.Equal(ok, ContactFormats.IsMobile(value));

    [Theory]
    [InlineData("0760-87866388", true)]
    [InlineData("87866388", true)]
    [InlineData("020-1234567", false)] // a local number does not start with 1
    [InlineData("020-2345678", true)]
    [InlineData("0760-87866388-801", true)]
    [InlineData("760-87866388", false)]
    [InlineData("07608786638", false)]
    [InlineData("8786", false)]
    public void Landline_has_an_optional_area_code_and_extension(string value, bool ok) =>
        Assert.Equal(ok, ContactFormats.IsLandline(value));

    [Theory]
    [InlineData("a@example.com", true)]
    [InlineData("971214562@qq.com", true)]
    [InlineData("first.last+tag@sub.example.cn", true)]
    [InlineData("no-at.example.com", false)]
    [InlineData("a@b", false)]
    [InlineData("a b@example.com", false)]
    public void Email_is_checked(string value, bool ok) => Assert.Equal(ok, ContactFormats.IsEmail(value));

    [Theory]
    [InlineData("１３８００１３８０００", "13800138000")]
    [InlineData(" 0760－87866388 ", "0760-87866388")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("0760—87866388", "0760-87866388")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Phones_typed_with_a_chinese_ime_are_folded(string? typed, string? expected) =>
        Assert.Equal(expected, ContactFormats.NormalizePhone(typed));
}
