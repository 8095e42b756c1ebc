namespace Dajia.Web;

/// <summary>Marker for the one resource set (Resources/SharedResource.resx is zh-CN, the neutral language).</summary>
public sealed class SharedResource;
