using System.Globalization;
using System.IO.Compression;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Public responses depend only on their URL and the publication stamp, a row that every publication changes. This
/// cache comes straight after routing, so a hit costs the route match, a dictionary lookup and a write: the stamp is
/// part of each entry, so a publication in any process or instance shows within <see cref="PublicSiteOptions.StampCacheSeconds"/>.
/// What is public is decided once, by the endpoint's <see cref="PublicResponseAttribute"/>. Public responses also carry
/// an ETag and Last-Modified from the stamp (unless they have their own, like a PDF's hash); a request that already
/// holds a kept response answers 304. Signed-in officers, a message waiting to be shown and range requests always go through.
/// </summary>
public sealed class PublicResponseCache : IDisposable
{
    private static readonly HashSet<string> PerResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.ContentLength, HeaderNames.TransferEncoding, CorrelationId.HeaderName,
    };

    private const int MinimumCompressedBytes = 1024;

    private static CodingAnswer? _lastCoding;

    private readonly RequestDelegate _next;
    private readonly PublicationStampReader _stamp;
    private readonly ILogger<PublicResponseCache> _logger;
    private readonly MemoryCache _entries;
    private readonly long _maxEntryBytes;
    private StampValidators _validators = new(-1, "", "");

    public PublicResponseCache(RequestDelegate next, PublicationStampReader stamp, IOptions<PublicSiteOptions> options, ILogger<PublicResponseCache> logger)
    {
        _next = next;
        _stamp = stamp;
        _logger = logger;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.ResponseCacheMegabytes * 1024L * 1024L });
        _maxEntryBytes = options.Value.ResponseCacheMaxEntryMegabytes * 1024L * 1024L;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsCandidate(context))
        {
            await _next(context);
            return;
        }

        long version;
        DateTimeOffset changedAt;
        try
        {
            (version, changedAt) = await _stamp.CurrentAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the stamp nothing can be served from memory; the page itself will fail, or not, in the usual way.
            _logger.LogWarning(ex, "The publication stamp could not be read; serving {Path} without the public cache", request.Path);
            await _next(context);
            return;
        }

        var validators = Validators(version, changedAt);
        var key = string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        if (_entries.TryGetValue(key, out Entry? cached) && cached!.Version == version)
        {
            // Only a response this URL really gave can be "not modified": a 404 never shares the register's ETag.
            if (Matches(request.Headers.IfNoneMatch, cached.ETag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = cached.ETag;
                return;
            }

            await cached.WriteAsync(context);
            return;
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK && context.GetEndpoint()?.Metadata.GetMetadata<PublicResponseAttribute>() is not null)
            {
                var headers = response.Headers;
                if (!headers.ContainsKey(HeaderNames.ETag))
                {
                    headers.ETag = validators.ETag;
                    headers.LastModified = validators.LastModified;
                }

                if (!headers.ContainsKey(HeaderNames.CacheControl))
                {
                    headers.CacheControl = "public, no-cache";
                }

                if (Compressible(headers))
                {
                    headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            }

            return Task.CompletedTask;
        });

        if (!HttpMethods.IsGet(request.Method))
        {
            await _next(context);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var capture = new CaptureStream(original.Stream, _maxEntryBytes);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, original));
        try
        {
            await _next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        if (Cacheable(context, capture) is { } body)
        {
            var headers = context.Response.Headers.Where(h => !PerResponseHeaders.Contains(h.Key)).ToArray();
            var encoded = body.Length >= MinimumCompressedBytes && Compressible(context.Response.Headers) ? EncodedBodies.Of(body) : null;
            var stored = new Entry(version, headers, body, encoded, context.Response.Headers.ETag.ToString());
            _entries.Set(key, stored, new MemoryCacheEntryOptions
            {
                Size = body.Length + (encoded?.Brotli.Length ?? 0) + (encoded?.Gzip.Length ?? 0) + 1024,
                AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30),
            });
        }
    }

    public void Dispose() => _entries.Dispose();

    private static bool IsCandidate(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.GetEndpoint()?.Metadata.GetMetadata<PublicResponseAttribute>() is not null
            && !request.Headers.ContainsKey(HeaderNames.Range)
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Cookies.ContainsKey(AuthCookie.Name)
            && !request.Cookies.ContainsKey(Flash.CookieName);
    }

    /// <summary>The body to keep, when the response is a complete public 200 that no one asked to keep private.</summary>
    private static byte[]? Cacheable(HttpContext context, CaptureStream capture)
    {
        var response = context.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        var body = capture.Captured;
        return response.StatusCode == StatusCodes.Status200OK
            && context.GetEndpoint()?.Metadata.GetMetadata<PublicResponseAttribute>() is not null
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && body is not null
            && (response.ContentLength is null || response.ContentLength == body.Length)
                ? body
                : null;
    }

    /// <summary>
    /// Text that has not been encoded already and whose ETag is weak or absent: a weak ETag may stand for the same
    /// page in any content coding, a strong one names exact bytes (a PDF's hash), and a PDF does not compress anyway.
    /// </summary>
    private static bool Compressible(IHeaderDictionary headers)
    {
        var type = headers.ContentType.ToString();
        return !headers.ContainsKey(HeaderNames.ContentEncoding)
            && !headers.ETag.ToString().StartsWith('"')
            && (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/atom+xml", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The coding to send: Brotli, else gzip, else none, as the request's Accept-Encoding allows (q=0 refuses).</summary>
    private static string? Coding(StringValues acceptEncoding)
    {
        // Each browser sends the same header on every request: the last answer is kept, so a hit does not parse it again.
        var last = _lastCoding;
        if (acceptEncoding.Count == 1 && last is not null && string.Equals(last.Header, acceptEncoding[0], StringComparison.Ordinal))
        {
            return last.Coding;
        }

        var coding = ParseCoding(acceptEncoding);
        if (acceptEncoding.Count == 1)
        {
            _lastCoding = new CodingAnswer(acceptEncoding[0], coding);
        }

        return coding;
    }

    private static string? ParseCoding(StringValues acceptEncoding)
    {
        bool brotli = false, gzip = false;
        foreach (var value in acceptEncoding)
        {
            foreach (var item in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = item.Split(';', StringSplitOptions.TrimEntries);
                var refused = parts.Skip(1).Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
                    .Any(p => p is ["q" or "Q", var q] && double.TryParse(q, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) && weight <= 0);
                switch (parts[0].ToLowerInvariant())
                {
                    case "br":
                        brotli = !refused;
                        break;
                    case "gzip":
                        gzip = !refused;
                        break;
                }
            }
        }

        return brotli ? "br" : gzip ? "gzip" : null;
    }

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var tag in (value ?? "").Split(',', StringSplitOptions.TrimEntries))
            {
                if (tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private StampValidators Validators(long version, DateTimeOffset changedAt)
    {
        var current = _validators;
        if (current.Version != version)
        {
            current = new StampValidators(version, $"W/\"p{version.ToString(CultureInfo.InvariantCulture)}\"", changedAt.ToString("R", CultureInfo.InvariantCulture));
            _validators = current;
        }

        return current;
    }

    private sealed record StampValidators(long Version, string ETag, string LastModified);

    private sealed record CodingAnswer(string? Header, string? Coding);

    /// <summary>The same body in each content coding a browser asks for, made once when the entry is kept.</summary>
    private sealed record EncodedBodies(byte[] Brotli, byte[] Gzip)
    {
        public static EncodedBodies Of(byte[] body) => new(Encode(body, s => new BrotliStream(s, CompressionLevel.Optimal)), Encode(body, s => new GZipStream(s, CompressionLevel.Optimal)));

        private static byte[] Encode(byte[] body, Func<Stream, Stream> encoder)
        {
            var output = new MemoryStream();
            using (var stream = encoder(output))
            {
                stream.Write(body);
            }

            return output.ToArray();
        }
    }

    private sealed record Entry(long Version, KeyValuePair<string, StringValues>[] Headers, byte[] Body, EncodedBodies? Encoded, string ETag)
    {
        public Task WriteAsync(HttpContext context)
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            foreach (var (name, value) in Headers)
            {
                response.Headers[name] = value;
            }

            response.Headers[CorrelationId.HeaderName] = context.TraceIdentifier;
            var body = Body;
            if (Encoded is not null && Coding(context.Request.Headers.AcceptEncoding) is { } coding)
            {
                response.Headers.ContentEncoding = coding;
                body = coding == "br" ? Encoded.Brotli : Encoded.Gzip;
            }

            response.ContentLength = body.Length;
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
        }
    }

    /// <summary>Passes every write on, keeping a copy until the response grows beyond the largest entry.</summary>
    private sealed class CaptureStream(Stream inner, long limit) : Stream
    {
        private MemoryStream? _copy = new();

        public byte[]? Captured => _copy?.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null)
            {
                return;
            }

            if (_copy.Length + bytes.Length > limit)
            {
                _copy = null;
                return;
            }

            _copy.Write(bytes);
        }
    }
}
