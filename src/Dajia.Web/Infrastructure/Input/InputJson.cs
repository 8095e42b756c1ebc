using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dajia.Web.Infrastructure.Input;

/// <summary>Every string and date in an API body passes <see cref="InputRules"/> while it is read, so no endpoint can forget.</summary>
public static class InputJson
{
    public static void Add(JsonSerializerOptions options)
    {
        options.Converters.Add(new TextConverter());
        options.Converters.Add(new DateConverter());
        options.Converters.Add(new InstantConverter());
        options.Converters.Add(new DateTimeConverter());
    }

    private sealed class TextConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException();
            var s = reader.GetString();
            return InputRules.HasRefused(s) ? throw new InputRefusedException("InputRule.RefusedCharacter") : s;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class DateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String
                || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var d)) throw new JsonException();
            return InputRules.IsSaneDate(d) ? d
                : throw new InputRefusedException("InputRule.DateRange", InputRules.MinYear, InputRules.MaxYear);
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var at)) throw new JsonException();
            return InputRules.IsSaneInstant(at) ? at
                : throw new InputRefusedException("InputRule.DateRange", InputRules.MinYear, InputRules.MaxYear);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    private sealed class DateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var at)) throw new JsonException();
            return at.Year is >= InputRules.MinYear and <= InputRules.MaxYear
                ? at : throw new InputRefusedException("InputRule.DateRange", InputRules.MinYear, InputRules.MaxYear);
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
