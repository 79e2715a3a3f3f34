using System.Globalization;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>The public register. It reads only the latest published version of each record, never the records themselves.</summary>
public class PublicRegister(DecisionRecordsDbContext db, IOptions<PublicSiteOptions> options, IMemoryCache cache, PublicationStampReader stamp)
{
    public IQueryable<PublishedVersion> Latest() => Latest(db.PublishedVersions);

    private IQueryable<PublishedVersion> Latest(IQueryable<PublishedVersion> source)
    {
        var query = source.AsNoTracking().Where(v => v.IsLatest);
        return options.Value.ShowWithheldStubs ? query : query.Where(v => !v.IsStub);
    }

    public async Task<(IReadOnlyList<PublishedVersion> Items, int Total)> SearchAsync(RegisterQuery query, CancellationToken cancellationToken)
    {
        var results = Filter(query);
        var total = await results.CountAsync(cancellationToken);
        var size = options.Value.PageSize;
        var items = await results
            .OrderByDescending(v => v.DecisionDate).ThenByDescending(v => v.Reference)
            .Skip((Math.Max(1, query.Page) - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public IQueryable<PublishedVersion> Filter(RegisterQuery query)
    {
        var terms = Terms(query.Q);
        IQueryable<PublishedVersion> results;
        if (terms.Count > 0 && db.Database.IsSqlite())
        {
            // Each term quoted, so that what the public types is searched for, never run as FTS5 syntax.
            var match = string.Join(' ', terms.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
            results = Latest(db.PublishedVersions.FromSql($"SELECT * FROM PublishedVersions WHERE SearchKey IN (SELECT rowid FROM PublishedSearch WHERE PublishedSearch MATCH {match})"));
        }
        else
        {
            // SQL Server without the full-text feature: every term must appear in the published text.
            results = Latest();
            foreach (var term in terms)
            {
                results = results.Where(v => v.SearchText.Contains(term));
            }
        }

        if (query.Year is { } year)
        {
            results = results.Where(v => v.DecisionDate >= new DateOnly(year, 1, 1) && v.DecisionDate < new DateOnly(year + 1, 1, 1));
        }

        if (query.FinancialYear is not null && Domain.FinancialYear.TryNormalise(query.FinancialYear, out var financialYear))
        {
            var start = new DateOnly(Domain.FinancialYear.StartYear(financialYear), 4, 1);
            results = results.Where(v => v.DecisionDate >= start && v.DecisionDate < start.AddYears(1));
        }

        if (query.FundingYear is not null && Domain.FinancialYear.TryNormalise(query.FundingYear, out var fundingYear))
        {
            var token = $"|{fundingYear}|";
            results = results.Where(v => v.FundingYears.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            results = results.Where(v => v.Category == query.Category);
        }

        if (query.Outcome is { } outcome)
        {
            results = results.Where(v => v.Outcome == outcome);
        }

        if (query.MinPence is { } min)
        {
            results = results.Where(v => v.ValuePence >= min);
        }

        if (query.MaxPence is { } max)
        {
            results = results.Where(v => v.ValuePence <= max);
        }

        if (!string.IsNullOrWhiteSpace(query.Organisation))
        {
            var pattern = $"%|{query.Organisation.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}|%";
            results = results.Where(v => EF.Functions.Like(v.Organisations, pattern));
        }

        return results;
    }

    /// <summary>The latest public version for a URL slug; legacy forms ("EXE0003/20") share the slug of the current form.</summary>
    public Task<PublishedVersion?> FindAsync(string? slug, CancellationToken cancellationToken)
    {
        // Model binding makes a blank or whitespace-only segment null; no record has an empty slug.
        var normalised = DecisionReference.ToSlug(slug ?? "");
        if (normalised.Length == 0)
        {
            return Task.FromResult<PublishedVersion?>(null);
        }

        return Latest().SingleOrDefaultAsync(v => v.Slug == normalised, cancellationToken);
    }

    /// <summary>
    /// The earlier records a decision says it replaces, varies, amends or revokes, linked where they are in the
    /// register, and the published decisions that say so of it: each record shows the relation, both ways.
    /// </summary>
    public async Task<IReadOnlyList<RelationLink>> RelationsAsync(PublishedVersion version, PublishedDecision content, CancellationToken cancellationToken)
    {
        var links = new List<RelationLink>();
        var named = content.RelatesTo.Select(r => DecisionReference.ToSlug(r.Reference)).Distinct().ToList();
        var found = named.Count == 0 ? [] : await Latest().Where(v => named.Contains(v.Slug)).Select(v => v.Slug).ToListAsync(cancellationToken);
        foreach (var relation in content.RelatesTo)
        {
            var slug = DecisionReference.ToSlug(relation.Reference);
            links.Add(new RelationLink($"This decision {relation.Kind.Verb()}", relation.Reference, found.Contains(slug) ? slug : null, relation.Written));
        }

        var token = $"|{version.Slug}|";
        var later = await Latest().Where(v => !v.IsStub && v.RelatedSlugs.Contains(token)).OrderBy(v => v.DecisionDate).ThenBy(v => v.Reference)
            .Select(v => new { v.Reference, v.Slug, v.ContentJson }).Take(RecordRelation.MaxRelations * 2).ToListAsync(cancellationToken);
        foreach (var other in later)
        {
            foreach (var relation in PublishedDecision.FromJson(other.ContentJson).RelatesTo.Where(r => DecisionReference.ToSlug(r.Reference) == version.Slug))
            {
                links.Add(new RelationLink(relation.Kind.Passive(), other.Reference, other.Slug, null));
            }
        }

        return links;
    }

    public async Task<PublicPdf?> PdfAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var pdf = await db.PublishedPdfs.Where(p => p.VersionId == versionId)
            .Select(p => new { p.SizeBytes, Seal = db.SealedCopies.SingleOrDefault(c => c.Sha256 == p.Sha256) })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return pdf is null ? null : new PublicPdf(pdf.SizeBytes, pdf.Seal);
    }

    public Task<List<PublishedVersion>> HistoryAsync(Guid recordId, CancellationToken cancellationToken) =>
        db.PublishedVersions.AsNoTracking().Where(v => v.DecisionRecordId == recordId).OrderBy(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>The choices of the organisation filter; worked out once for each publication stamp.</summary>
    public Task<IReadOnlyList<string>> OrganisationsAsync(CancellationToken cancellationToken) =>
        ChoicesAsync("organisations", v => v.Organisations, StringComparer.OrdinalIgnoreCase, cancellationToken);

    public Task<IReadOnlyList<string>> FundingYearsAsync(CancellationToken cancellationToken) =>
        ChoicesAsync("funding-years", v => v.FundingYears, StringComparer.Ordinal, cancellationToken);

    private async Task<IReadOnlyList<string>> ChoicesAsync(string name, System.Linq.Expressions.Expression<Func<PublishedVersion, string>> column, StringComparer comparer, CancellationToken cancellationToken)
    {
        var (version, _) = await stamp.CurrentAsync();
        var key = $"register-choices:{name}:{version}:{options.Value.ShowWithheldStubs}";
        if (cache.TryGetValue(key, out IReadOnlyList<string>? cached) && cached is not null)
        {
            return cached;
        }

        var values = (await Latest().Select(column).Where(v => v != "").ToListAsync(cancellationToken))
            .SelectMany(o => o.Split('|', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(comparer).Order(comparer).ToList();
        cache.Set(key, (IReadOnlyList<string>)values, TimeSpan.FromMinutes(30));
        return values;
    }

    /// <summary>What the public typed, as words: control characters and lone surrogates, which no record holds, are dropped.</summary>
    internal static List<string> Terms(string? q) =>
        string.IsNullOrWhiteSpace(q)
            ? []
            : Infrastructure.XmlSafe.Text(new string(q.Where(c => !char.IsControl(c)).ToArray())).ToLower(CultureInfo.GetCultureInfo("en-GB")).Split([' ', '\t', ',', ';', '"', '(', ')', ':', '*', '^', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(t => t.Length > 0).Take(10).ToList();
}
