namespace Dajia.Tests.Infrastructure;

// One xunit collection per provider: classes in a collection run one after another, so the 2-core box runs
// at most two apps at once (one per provider) and SQLite never sees two writers from parallel tests.
// Each collection shares one app and database (a collection fixture): starting an app per test class cost ~1.8 s of
// CPU, ~190 times a run. A class that needs an app of its own (other settings, a second instance, a key ring it
// changes) still takes it as a class fixture, which xunit prefers to the collection's for the same type.
[CollectionDefinition("Sqlite")]
public sealed class SqliteCollection : ICollectionFixture<SqliteFactory>;

[CollectionDefinition("Postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFactory>;
