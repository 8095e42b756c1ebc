namespace Dajia.Web.Infrastructure;

public static class ModelBindingMessages
{
    /// <summary>MVC's binding messages ("The value 'x' is not valid for Y.") in the user's language.</summary>
    public static IMvcBuilder AddDajiaModelBindingMessages(this IMvcBuilder mvc)
    {
        mvc.Services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            var l = factory.Create(typeof(SharedResource));
            var p = o.ModelBindingMessageProvider;
            p.SetValueIsInvalidAccessor(v => l["Binding.ValueInvalid", v]);
            p.SetAttemptedValueIsInvalidAccessor((v, _) => l["Binding.ValueInvalid", v]);
            p.SetUnknownValueIsInvalidAccessor(_ => l["Binding.Invalid"]);
            p.SetValueMustBeANumberAccessor(_ => l["Binding.MustBeNumber"]);
            p.SetValueMustNotBeNullAccessor(_ => l["Binding.Required"]);
            p.SetMissingBindRequiredValueAccessor(_ => l["Binding.Required"]);
            p.SetMissingKeyOrValueAccessor(() => l["Binding.Required"]);
            p.SetNonPropertyAttemptedValueIsInvalidAccessor(v => l["Binding.ValueInvalid", v]);
            p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.Invalid"]);
            p.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.MustBeNumber"]);
        });
        return mvc;
    }
}
