using System.Runtime.CompilerServices;

namespace Dajia.Tests.Infrastructure;

/// <summary>
/// Every app a test starts would watch its config and web root with inotify, and the suite starts hundreds: past the
/// kernel's 128 instances per user the next app fails to start. Tests poll instead; the real app is left as it is.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
