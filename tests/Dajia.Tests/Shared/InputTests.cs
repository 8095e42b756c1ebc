using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Shared;

namespace Dajia.Tests.Shared;

/// <summary>The one parser: each bad value is one field error naming its field; a good one comes back as its value.</summary>
public sealed class InputTests
{
    [Theory]
    [InlineData(null, null, 1, 50)]
    [InlineData("3", "20", 3, 20)]
    [InlineData(" 10000 ", "200", 10_000, 200)]
    public void A_page_request_takes_its_defaults_and_good_values(string? page, string? size, int expectedPage, int expectedSize)
    {
        var errors = new List<FieldError>();
        var r = PageRequest.Parse(page, size, errors);
        Assert.Empty(errors);
        Assert.Equal((expectedPage, expectedSize), (r.Page, r.PageSize));
        Assert.Equal((expectedPage - 1) * expectedSize, r.Skip);
    }

    [Theory]
    [InlineData("0", null, "page")]
    [InlineData("-1", null, "page")]
    [InlineData("10001", null, "page")]
    [InlineData("2147483648", null, "page")]
    [InlineData("abc", null, "page")]
    [InlineData("1.5", null, "page")]
    [InlineData(null, "0", "pageSize")]
    [InlineData(null, "201", "pageSize")]
    [InlineData(null, "五十", "pageSize")]
    public void A_bad_page_or_size_is_an_error_naming_it_and_never_clamped(string? page, string? size, string field)
    {
        var errors = new List<FieldError>();
        PageRequest.Parse(page, size, errors);
        var e = Assert.Single(errors);
        Assert.Equal((field, "Validation.IntRange"), (e.Field, e.MessageKey));
    }

    [Fact]
    public void A_page_on_a_page_is_named_as_the_page_names_it()
    {
        var errors = new List<FieldError>();
        PageRequest.Parse("x", null, errors, "pageNumber");
        Assert.Equal("pageNumber", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("2017-09-28", null)]
    [InlineData(" 2000-01-01 ", null)]
    [InlineData("2017-02-30", "Validation.Calendar.Date")]
    [InlineData("2017/09/28", "Validation.Calendar.Date")]
    [InlineData("1999-12-31", "Validation.Calendar.YearRange")]
    [InlineData("2100-01-01", "Validation.Calendar.YearRange")]
    public void Dates_are_real_days_in_range(string text, string? error)
    {
        var errors = new List<FieldError>();
        var d = Input.Date(text, "from", errors);
        Assert.Equal(error, errors.SingleOrDefault()?.MessageKey);
        Assert.Equal(error is null, d is not null);
        if (error is not null) Assert.Equal("from", errors[0].Field);
    }

    [Fact]
    public void A_blank_date_is_not_given_unless_required()
    {
        var errors = new List<FieldError>();
        Assert.Null(Input.Date("  ", "from", errors));
        Assert.Empty(errors);
        Assert.Null(Input.Date(null, "from", errors, required: true));
        Assert.Equal("Validation.Calendar.DateRequired", Assert.Single(errors).MessageKey);
    }

    [Theory]
    [InlineData("2017", "2017-01-01", "2017-12-31")]
    [InlineData("2017Q1", "2017-01-01", "2017-03-31")]
    [InlineData("2017Q3", "2017-07-01", "2017-09-30")]
    [InlineData("2017-q4", "2017-10-01", "2017-12-31")]
    [InlineData("2016Q1", "2016-01-01", "2016-03-31")]
    public void Periods_are_a_year_or_a_quarter_with_their_days(string text, string start, string end)
    {
        var errors = new List<FieldError>();
        var p = Input.Period(text, "period", errors)!;
        Assert.Empty(errors);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (p.Start, p.End));
        Assert.Equal(text.ToUpperInvariant().Replace("-", ""), p.ToString());
    }

    [Theory]
    [InlineData("2017Q5")]
    [InlineData("2017Q0")]
    [InlineData("17Q1")]
    [InlineData("1999")]
    [InlineData("2017Q")]
    [InlineData("２０１７")]
    [InlineData("2017年")]
    public void A_bad_period_names_its_field(string text)
    {
        var errors = new List<FieldError>();
        Assert.Null(Input.Period(text, "period", errors));
        Assert.Equal(("period", "Validation.Period"), (Assert.Single(errors).Field, errors[0].MessageKey));
    }

    [Fact]
    public void Ids_are_guids_and_never_the_empty_one()
    {
        var errors = new List<FieldError>();
        var id = Guid.NewGuid();
        Assert.Equal(id, Input.Id(id.ToString(), "unitId", errors));
        Assert.Null(Input.Id("not-an-id", "unitId", errors));
        Assert.Null(Input.Id(Guid.Empty.ToString(), "unitId", errors));
        Assert.Equal(2, errors.Count(e => e is { Field: "unitId", MessageKey: "Validation.Id" }));
    }

    [Theory]
    [InlineData("Received", ClueStatus.Received)]
    [InlineData("verifying", ClueStatus.Verifying)]
    [InlineData("待受理", ClueStatus.Received)]
    [InlineData(" 已办结 ", ClueStatus.Closed)]
    public void Enums_are_read_by_name_or_by_their_Chinese_label(string text, ClueStatus expected)
    {
        var errors = new List<FieldError>();
        Assert.Equal(expected, Input.Enum<ClueStatus>(text, "status", errors));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Received,Closed")]
    [InlineData("Open")]
    [InlineData("待")]
    public void A_bad_enum_lists_every_choice_with_its_label(string text)
    {
        var errors = new List<FieldError>();
        Assert.Null(Input.Enum<ClueStatus>(text, "status", errors));
        var e = Assert.Single(errors);
        Assert.Equal(("status", "Validation.Enum"), (e.Field, e.MessageKey));
        var choices = Assert.IsType<ChoiceList>(e.Args.Single());
        Assert.Equal(Enum.GetNames<ClueStatus>(), choices.Choices.Select(c => c.Name));
        Assert.Equal("ClueStatus.Received", choices.Choices.First(c => c.Name == "Received").Key);
    }

    [Fact]
    public void Labels_come_from_the_resources()
    {
        Assert.Equal("待受理", EnumLabels.Chinese(ClueStatus.Received));
        Assert.Equal("ClueStatus.Received", EnumLabels.Key(ClueStatus.Received));
    }

    [Fact]
    public void Text_longer_than_its_column_says_the_column_length()
    {
        var errors = new List<FieldError>();
        Assert.True(Input.Fits(new string('字', FieldLengths.Notes), FieldLengths.Notes, "notes", errors));
        // 𠮷 is two UTF-16 units and one character, as PostgreSQL counts it.
        Assert.True(Input.Fits(new string('字', FieldLengths.Notes - 1) + "𠮷", FieldLengths.Notes, "notes", errors));
        Assert.False(Input.Fits(new string('字', FieldLengths.Notes + 1), FieldLengths.Notes, "notes", errors));
        var e = Assert.Single(errors);
        Assert.Equal(("notes", "Validation.TooLong", FieldLengths.Notes), (e.Field, e.MessageKey, (int)e.Args[0]));
    }

    [Theory]
    [InlineData(1, 2, 5, false, 2, true)]
    [InlineData(3, 2, 5, false, 1, false)]
    [InlineData(2, 50, 100, false, 50, false)]
    [InlineData(200, 50, 10_000, true, 50, true)]
    [InlineData(200, 50, 10_000, true, 10, false)]
    public void A_page_has_more_when_its_count_says_so(int page, int size, int total, bool capped, int items, bool hasMore)
    {
        var list = new PagedList<int>(Enumerable.Range(0, items).ToList(), page, size, total, capped);
        Assert.Equal(hasMore, list.HasMore);
    }
}
