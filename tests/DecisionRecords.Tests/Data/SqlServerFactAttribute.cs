namespace DecisionRecords.Tests.Data;

/// <summary>Runs only where DECISIONRECORDS_TEST_SQLSERVER holds a connection string to a SQL Server it may create databases on.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "DECISIONRECORDS_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"No SQL Server: set {Variable} to a connection string (docker compose up sqlserver) to run this test.";
        }
    }
}
