using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dajia.Tests.Architecture;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Shared;

namespace Dajia.Tests.Shared;

/// <summary>A required choice left empty says 请选择 and the field's name, never the generic list of choices.</summary>
public sealed partial class ChoiceWordingTests
{
    [Fact]
    public void A_missing_required_choice_names_its_field_and_a_wrong_one_still_lists_the_choices()
    {
        var errors = new List<FieldError>();
        Assert.Null(Input.Enum<VerificationResult>(" ", "result", errors, required: true));
        var e = Assert.Single(errors);
        Assert.Equal(("result", "Validation.Choose"), (e.Field, e.MessageKey));
        Assert.Equal(new LocalizedKey("Choice.VerificationResult"), e.Args.Single());

        errors.Clear();
        Assert.Null(Input.Enum<VerificationResult>("Maybe", "result", errors, required: true));
        Assert.Equal("Validation.Enum", Assert.Single(errors).MessageKey);

        errors.Clear();
        Assert.Null(Input.Enum<VerificationResult>(null, "result", errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Every_required_choice_in_the_code_has_its_fields_name(string resx)
    {
        var keys = XDocument.Load(RepoFiles.Full(Path.Combine("src", "Dajia.Web", "Resources", resx))).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToHashSet();
        var used = RepoFiles.Under("src/Dajia.Web", ".cs")
            .SelectMany(f => RequiredEnum().Matches(File.ReadAllText(RepoFiles.Full(f))).Select(m => "Choice." + m.Groups[1].Value))
            .ToHashSet();
        Assert.Contains("Choice.VerificationResult", used); // the scan sees the calls
        var missing = used.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "No field name for: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"Input\.Enum<(\w+)>\([^;]*required: true")]
    private static partial Regex RequiredEnum();
}
