namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Posts to this endpoint are costly uploads: they run a few at once, in the keyed <see cref="UncachedPublicWork"/>
/// named <see cref="Key"/>, and the rest are told to try again before their bodies are read.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BoundedUploadAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
