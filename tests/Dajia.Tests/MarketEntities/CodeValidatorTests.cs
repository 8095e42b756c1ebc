using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Tests.MarketEntities;

public sealed class CodeValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100-2015's own worked example
    [InlineData("9144030071526726XG")] // published codes of well-known enterprises (Shenzhen, Hangzhou)
    [InlineData("91330100799655058B")]
    [InlineData("914403001922038216")]
    [InlineData("91110000100006485K")]
    [InlineData(" 91350100m000100y43 ")] // lower case and spaces are normalised
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３")] // full-width, as pasted from a Chinese document
    [InlineData("91442000MA50003210")] // check character 0: Σ mod 31 = 0, and 31 − 0 = 31 wraps to 0
    [InlineData("91442000MA500105X0")]
    [InlineData("924420007000074060")]
    [InlineData("91442000MA5000276Y")] // check character Y: Σ mod 31 = 1, the largest value (30)
    [InlineData("91442000700000749Y")]
    public void Valid_codes_pass(string code) => Assert.True(CreditCode.Check(code).Valid, code);

    [Theory]
    [InlineData("91350100M000100Y4Z", "Validation.CreditCode.Char")] // the standard's example of an invalid code: Z is not in the set
    [InlineData("91310115MA1G4L1WXK", "Validation.CreditCode.CheckChar")] // shown as valid on a web page; its check character is 7
    [InlineData("91350100M000100Y4", "Validation.CreditCode.Length")]
    [InlineData("91350100I000100Y43", "Validation.CreditCode.Char")]
    [InlineData("B1350100M000100Y43", "Validation.CreditCode.Department")]
    [InlineData("", "Validation.CreditCode.Required")]
    public void Invalid_codes_say_why(string code, string key) => Assert.Equal(key, CreditCode.Check(code).Error!.MessageKey);

    /// <summary>Computed with GB 32100's own formula; a wrong modulus gets exactly these (about 2 codes in 31) wrong.</summary>
    [Theory]
    [InlineData("91442000MA5000321", '0')]
    [InlineData("92442000700007406", '0')]
    [InlineData("91442000MA5000276", 'Y')]
    [InlineData("91442000MA5000508", 'Y')]
    [InlineData("91350100M000100Y4", '3')]
    public void The_check_character_wraps_31_to_0_and_reaches_y(string first17, char check)
    {
        Assert.Equal(check, CreditCode.CheckCharacter(first17));
        Assert.True(CreditCode.Check(first17 + check).Valid);
        foreach (var other in new[] { '0', 'Y', '1', 'X' }.Where(c => c != check))
        {
            var wrong = CreditCode.Check(first17 + other);
            Assert.False(wrong.Valid, first17 + other);
            Assert.Equal("Validation.CreditCode.CheckChar", wrong.Error!.MessageKey);
        }
    }

    [Fact]
    public void Every_single_character_change_and_every_adjacent_swap_of_a_valid_code_is_caught()
    {
        var checkedCodes = 0;
        foreach (var valid in new[] { "91350100M000100Y43", "9144030071526726XG", "91330100799655058B", "914403001922038216" })
        {
            for (var i = 1; i < 18; i++) // position 1 has its own narrower check
            {
                foreach (var c in CreditCode.Charset.Where(c => c != valid[i]))
                {
                    var mutated = valid[..i] + c + valid[(i + 1)..];
                    Assert.False(CreditCode.Check(mutated).Valid, mutated);
                    checkedCodes++;
                }
            }
            for (var i = 0; i < 17; i++)
            {
                if (valid[i] == valid[i + 1]) continue;
                var swapped = valid[..i] + valid[i + 1] + valid[i] + valid[(i + 2)..];
                Assert.False(CreditCode.Check(swapped).Valid, swapped);
            }
        }
        Assert.Equal(4 * 17 * 30, checkedCodes);
    }

    [Fact]
    public void The_organisation_code_part_only_warns()
    {
        Assert.Null(CreditCode.Check("91350100M000100Y43").Warning); // M000100Y4 is a valid GB 11714 code
        const string code = "91442000ABCDEFGH1"; // ABCDEFGH1 fails the GB 11714 check (it wants 5)
        var full = code + CreditCode.CheckCharacter(code);
        var check = CreditCode.Check(full);
        Assert.True(check.Valid);
        Assert.Equal("Validation.CreditCode.OrgCodeWarning", check.Warning!.MessageKey);
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("34052419800101001X")]
    [InlineData("370101190102039973")]
    [InlineData("11010519491231002x")]
    [InlineData("44200019900101002X")]
    [InlineData("442000199001010011")]
    public void Valid_id_numbers_pass(string id) => Assert.True(IdCardNumber.Check(id, Today).Valid, id);

    [Theory]
    [InlineData("110105194912310021", "Validation.IdNumber.CheckChar")]
    [InlineData("44200019900101001X", "Validation.IdNumber.CheckChar")] // X where the checksum wants 1
    [InlineData("44020319900101003x", "Validation.IdNumber.CheckChar")]
    [InlineData("44200019900101002Y", "Validation.IdNumber.Format")]
    [InlineData("110105194913310029", "Validation.IdNumber.BirthDate")] // month 13
    [InlineData("110105209912310023", "Validation.IdNumber.BirthDate")] // born in the future
    [InlineData("11010519491231002", "Validation.IdNumber.Format")]
    [InlineData("1101051949123100AX", "Validation.IdNumber.Format")]
    public void Invalid_id_numbers_say_why(string id, string key) => Assert.Equal(key, IdCardNumber.Check(id, Today).Error!.MessageKey);

    [Fact]
    public void Every_single_digit_change_of_an_id_number_is_caught()
    {
        const string valid = "440524188001010014";
        for (var i = 0; i < 17; i++)
        {
            foreach (var c in "0123456789".Where(c => c != valid[i]))
            {
                var mutated = valid[..i] + c + valid[(i + 1)..];
                var check = IdCardNumber.Check(mutated, Today);
                Assert.False(check.Valid && check.Normalized == valid, mutated);
                Assert.False(check.Valid, mutated);
            }
        }
    }

    [Fact]
    public void Id_numbers_are_masked_for_display() => Assert.Equal("1101**********002X", IdCardNumber.Mask("11010519491231002X"));
}
