using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DecisionRecords.Web.Data;

public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
