namespace Dajia.Tests.Infrastructure;

// One xunit collection per provider: classes in a collection run one after another, so the 2-core box runs
// at most two apps at once (one per provider) and SQLite never sees two writers from parallel tests.
[CollectionDefinition("Sqlite")]
public sealed class SqliteCollection;

[CollectionDefinition("Postgres")]
public sealed class PostgresCollection;
