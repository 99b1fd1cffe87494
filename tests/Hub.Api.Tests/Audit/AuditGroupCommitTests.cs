using Hub.Api.Audit;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Audit;

/// <summary>Issue 18: requests ending together share one audit insert, and each still answers only once its own events are written.</summary>
public abstract class AuditGroupCommitTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Concurrent_reads_each_find_their_events_written_when_their_answer_arrives()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, _) = await world.RegisterPersonAsync();
        var run = Guid.NewGuid().ToString("N");

        var found = await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var operation = $"Grouped{i}x{run}";
            await world.SocialWorker.Client.DataAsync($"query {operation}($id: ID!) {{ node(id: $id) {{ ... on Person {{ lastName }} }} }}", new { id = personId });
            // Read as soon as this answer arrived, while the other requests may still be running.
            return await world.Read(db => db.AuditEvents.Where(e => e.Operation == operation).Select(e => e.PersonId).ToListAsync());
        }));

        Assert.All(found, persons => Assert.Equal([CareWorld.Key(personId)], persons));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteAuditGroupCommitTests(HubApiFactory host) : AuditGroupCommitTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresAuditGroupCommitTests(PostgresHubApiFactory host) : AuditGroupCommitTests(host);

/// <summary>How <see cref="AuditGroupCommit"/> hands batches from request to request, with writes held open by the test.</summary>
public sealed class AuditGroupCommitOrderTests
{
    private readonly AuditGroupCommit commit = new();
    private readonly List<string> written = [];
    private readonly List<int> sizes = [];

    [Fact]
    public async Task Requests_arriving_during_a_write_go_together_in_the_next_one()
    {
        var first = Gate();
        var a = commit.AppendAsync([Event("a")], Write(first.Task), CancellationToken.None);
        var b = commit.AppendAsync([Event("b")], Write(), CancellationToken.None);
        var c = commit.AppendAsync([Event("c")], Write(), CancellationToken.None);

        Assert.False(b.IsCompleted);
        first.SetResult();
        await Task.WhenAll(a, b, c);

        Assert.Equal(["a", "b c"], written);
    }

    [Fact]
    public async Task Riders_of_a_failed_write_write_their_own_events_and_its_leader_sees_the_failure()
    {
        var first = Gate();
        var held = commit.AppendAsync([Event("x")], Write(first.Task), CancellationToken.None);
        var failing = commit.AppendAsync([Event("a")], (_, _) => throw new InvalidOperationException("database gone"), CancellationToken.None);
        var b = commit.AppendAsync([Event("b")], Write(), CancellationToken.None);
        var c = commit.AppendAsync([Event("c")], Write(), CancellationToken.None);

        first.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await Task.WhenAll(held, b, c);
        Assert.Equal(["b", "c", "x"], written.Order());
    }

    [Fact]
    public async Task After_the_last_write_the_next_request_writes_at_once()
    {
        await commit.AppendAsync([Event("a")], Write(), CancellationToken.None);
        var alone = commit.AppendAsync([Event("b")], Write(), CancellationToken.None);

        Assert.True(alone.IsCompletedSuccessfully);
        Assert.Equal(["a", "b"], written);
    }

    [Fact]
    public async Task A_batch_too_big_to_group_neither_waits_for_a_write_nor_holds_up_the_others()
    {
        // Red team 40: one caller's batch of every person a SOCIAL condition matched made the next request carry it, or wait for it.
        var small = Gate();
        var big = Gate();
        var held = commit.AppendAsync([Event("x")], Write(small.Task), CancellationToken.None);
        var large = commit.AppendAsync(Events("big", AuditGroupCommit.MaxGroupedEvents + 1), Write(big.Task), CancellationToken.None);
        small.SetResult();
        await held;

        await commit.AppendAsync([Event("a")], Write(), CancellationToken.None);

        Assert.False(large.IsCompleted);
        Assert.Equal(["x", "a"], written);
        big.SetResult();
        await large;
    }

    [Fact]
    public async Task A_rider_whose_request_gives_up_leaves_the_queue_and_the_next_still_leads()
    {
        // Red team 40: a download's write with no time limit held a GraphQL read past its own deadline.
        var first = Gate();
        using var deadline = new CancellationTokenSource();
        var held = commit.AppendAsync([Event("x")], Write(first.Task), CancellationToken.None);
        var late = commit.AppendAsync([Event("a")], Write(), deadline.Token);
        var next = commit.AppendAsync([Event("b")], Write(), CancellationToken.None);

        await deadline.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => late);
        first.SetResult();
        await Task.WhenAll(held, next);

        Assert.Equal(["x", "b"], written);
    }

    [Fact]
    public async Task A_group_write_carries_no_more_than_its_limit_and_the_rest_go_in_the_next()
    {
        var first = Gate();
        var held = commit.AppendAsync([Event("x")], Write(first.Task), CancellationToken.None);
        var size = AuditGroupCommit.MaxGroupedEvents;
        var queued = Enumerable.Range(0, AuditGroupCommit.MaxGroupWrite / size + 1)
            .Select(i => commit.AppendAsync(Events($"r{i}", size), Write(), CancellationToken.None)).ToList();

        first.SetResult();
        await Task.WhenAll([held, .. queued]);

        Assert.Equal([1, AuditGroupCommit.MaxGroupWrite, size], sizes);
    }

    [Fact]
    public async Task A_request_past_its_time_limit_takes_no_one_along_and_leaves_the_way_free()
    {
        using var deadline = new CancellationTokenSource();
        await deadline.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit.AppendAsync([Event("late")], Write(), deadline.Token));
        var next = commit.AppendAsync([Event("a")], Write(), CancellationToken.None);

        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal(["a"], written);
    }

    [Fact]
    public async Task A_leader_whose_group_write_failed_writes_its_own_events_alone_like_its_riders()
    {
        var first = Gate();
        var attempts = 0;
        var held = commit.AppendAsync([Event("x")], Write(first.Task), CancellationToken.None);
        // Its first write, the group's, fails; its own events alone go in.
        var leader = commit.AppendAsync([Event("a")], (events, ct) => ++attempts == 1 ? throw new InvalidOperationException("group refused") : Write()(events, ct),
            CancellationToken.None);
        var rider = commit.AppendAsync([Event("b")], Write(), CancellationToken.None);

        first.SetResult();
        await Task.WhenAll(held, leader, rider);

        Assert.Equal(["a", "b", "x"], written.Order());
    }

    private static TaskCompletionSource Gate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Records each batch as the subjects of its events, once the write may end.
    private Func<IReadOnlyList<AuditEvent>, CancellationToken, Task> Write(Task? until = null) => async (events, _) =>
    {
        await (until ?? Task.CompletedTask);
        lock (written)
        {
            written.Add(string.Join(' ', events.Select(e => e.Subject).Distinct()));
            sizes.Add(events.Count);
        }
    };

    private static List<AuditEvent> Events(string subject, int count) => [.. Enumerable.Range(0, count).Select(_ => Event(subject))];

    private static AuditEvent Event(string subject) =>
        new(new AuditActor(subject, null, null, null, "test"), AuditAction.Read, new AuditSubject("Person", null, null), Sensitivity.Personal, AuditOutcome.Success, DateTimeOffset.UnixEpoch);
}
