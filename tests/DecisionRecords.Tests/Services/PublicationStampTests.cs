using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services;

public class PublicationStampTests
{
    [Fact]
    public async Task TwoPublicationsAtOnce_BothSave_AndTheStampMovesForEach()
    {
        await using var app = new TestApp();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var printer = first.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var signer = second.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
        var before = await app.WithDbAsync(db => db.PublicationStamps.Select(s => s.Version).SingleOrDefaultAsync());

        // Both units of work begin before either saves, as the PDF printer and a Commissioner's signature may.
        printer.PublicationChanged(app.Time.GetUtcNow());
        signer.PublicationChanged(app.Time.GetUtcNow());
        await signer.SaveChangesAsync();
        await printer.SaveChangesAsync();

        var stamp = await app.WithDbAsync(db => db.PublicationStamps.AsNoTracking().SingleAsync());
        Assert.Equal(before + 2, stamp.Version);
        Assert.Equal(app.Time.GetUtcNow(), stamp.ChangedAt);
    }

    [Fact]
    public async Task SaveWithoutPublication_LeavesTheStamp()
    {
        await using var app = new TestApp();
        var before = await app.WithDbAsync(db => db.PublicationStamps.Select(s => s.Version).SingleOrDefaultAsync());
        await app.WithDbAsync(async db =>
        {
            db.PublicationChanged(app.Time.GetUtcNow());
            await db.SaveChangesAsync();
            await db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, await app.WithDbAsync(db => db.PublicationStamps.Select(s => s.Version).SingleAsync()));
    }
}
