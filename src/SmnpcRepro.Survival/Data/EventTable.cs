namespace SmnpcRepro.Survival.Data;

/// <summary>
/// Survival data reduced to what Kaplan–Meier and the log-rank family need: for each stratum, its
/// distinct times in ascending order and, at each, the number of events and of censored rows per
/// group. Built in one pass over the rows with a hash table keyed by (time, stratum) — no sort of the
/// rows — so that the cost is O(n) plus a sort of the distinct times. Near-tied times are merged first
/// as R's <c>aeqSurv</c> does (<see cref="TimeFix"/>), over all rows at once, as <c>survfit</c> and
/// <c>survdiff</c> do.
/// </summary>
internal sealed class EventTable
{
    private EventTable(int strataCount, int groupCount, int[] start, double[] time, int[] events, int[] censored, int[] rows)
    {
        StrataCount = strataCount;
        GroupCount = groupCount;
        Start = start;
        Time = time;
        Events = events;
        Censored = censored;
        Rows = rows;
    }

    /// <summary>Number of strata.</summary>
    public int StrataCount { get; }

    /// <summary>Number of groups (1 for a single curve).</summary>
    public int GroupCount { get; }

    /// <summary>Stratum s owns distinct times <c>Start[s] … Start[s+1]−1</c>.</summary>
    public int[] Start { get; }

    /// <summary>Distinct times, ascending within each stratum.</summary>
    public double[] Time { get; }

    /// <summary>Events at entry j for group g: <c>Events[j * GroupCount + g]</c>.</summary>
    public int[] Events { get; }

    /// <summary>Censored rows at entry j for group g: <c>Censored[j * GroupCount + g]</c>.</summary>
    public int[] Censored { get; }

    /// <summary>Rows per stratum and group: <c>Rows[s * GroupCount + g]</c>.</summary>
    public int[] Rows { get; }

    /// <summary>Tabulates the rows.</summary>
    /// <param name="time">Validated times (finite, ≥ 0).</param>
    /// <param name="status">0/1.</param>
    /// <param name="stratum">Stratum code per row, or null for one stratum.</param>
    /// <param name="strataCount">Number of strata.</param>
    /// <param name="group">Group code per row, or null for one group.</param>
    /// <param name="groupCount">Number of groups.</param>
    /// <param name="timeFix">Merge near-tied times as R's <c>aeqSurv</c>.</param>
    public static EventTable Build(double[] time, byte[] status, int[]? stratum, int strataCount, int[]? group, int groupCount, bool timeFix)
    {
        var n = time.Length;
        var chunks = n >= 200_000 ? Math.Min(Environment.ProcessorCount, 8) : 1;
        var partial = new Tabulator[chunks];
        if (chunks == 1)
        {
            partial[0] = Tabulator.Run(time, status, stratum, group, groupCount, 0, n);
        }
        else
        {
            Parallel.For(0, chunks, c =>
            {
                var from = (int)((long)n * c / chunks);
                var to = (int)((long)n * (c + 1) / chunks);
                partial[c] = Tabulator.Run(time, status, stratum, group, groupCount, from, to);
            });
        }

        var all = partial[0];
        for (var c = 1; c < chunks; c++)
        {
            all.Merge(partial[c]);
        }

        return all.Finish(strataCount, groupCount, timeFix);
    }

    /// <summary>Open-addressing hash table from (time bits, stratum) to an entry with per-group counts.</summary>
    private sealed class Tabulator
    {
        private readonly int _groups;
        private int[] _slots;
        private int _mask;
        private ulong[] _keyTime;
        private int[] _keyStratum;
        private int[] _events;
        private int[] _censored;
        private int _count;

        private Tabulator(int groups, int capacity)
        {
            _groups = groups;
            var size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _slots = new int[size];
            Array.Fill(_slots, -1);
            _mask = size - 1;
            _keyTime = new ulong[size / 2];
            _keyStratum = new int[size / 2];
            _events = new int[size / 2 * groups];
            _censored = new int[size / 2 * groups];
        }

        public static Tabulator Run(double[] time, byte[] status, int[]? stratum, int[]? group, int groups, int from, int to)
        {
            // Sized by the rows (at most 4096 entries to start; it grows): a 30-row test should not
            // allocate and clear a table for thousands of times.
            var table = new Tabulator(groups, Math.Min(4096, Math.Max(8, to - from)));
            for (var i = from; i < to; i++)
            {
                var t = time[i] + 0.0; // -0.0 → 0.0
                var entry = table.Find(BitConverter.DoubleToUInt64Bits(t), stratum is null ? 0 : stratum[i]);
                var cell = (entry * groups) + (group is null ? 0 : group[i]);
                if (status[i] != 0)
                {
                    table._events[cell]++;
                }
                else
                {
                    table._censored[cell]++;
                }
            }

            return table;
        }

        public void Merge(Tabulator other)
        {
            for (var e = 0; e < other._count; e++)
            {
                var entry = Find(other._keyTime[e], other._keyStratum[e]);
                for (var g = 0; g < _groups; g++)
                {
                    _events[(entry * _groups) + g] += other._events[(e * _groups) + g];
                    _censored[(entry * _groups) + g] += other._censored[(e * _groups) + g];
                }
            }
        }

        public EventTable Finish(int strataCount, int groupCount, bool timeFix)
        {
            var m = _count;
            var fixedTime = new double[m];
            for (var e = 0; e < m; e++)
            {
                fixedTime[e] = BitConverter.UInt64BitsToDouble(_keyTime[e]);
            }

            if (timeFix && m > 1)
            {
                ApplyTimeFix(fixedTime);
            }

            // Entries ordered by (stratum, time): counting sort by stratum, then sort each stratum's times.
            var start = new int[strataCount + 1];
            for (var e = 0; e < m; e++)
            {
                start[_keyStratum[e] + 1]++;
            }

            for (var s = 0; s < strataCount; s++)
            {
                start[s + 1] += start[s];
            }

            var fill = (int[])start.Clone();
            var order = new int[m];
            var keys = new double[m];
            for (var e = 0; e < m; e++)
            {
                var at = fill[_keyStratum[e]]++;
                order[at] = e;
                keys[at] = fixedTime[e];
            }

            for (var s = 0; s < strataCount; s++)
            {
                Array.Sort(keys, order, start[s], start[s + 1] - start[s]);
            }

            // Merge entries whose fixed times coincide (only after a time fix) and copy counts in order.
            var outStart = new int[strataCount + 1];
            var outTime = new double[m];
            var outEvents = new int[m * groupCount];
            var outCensored = new int[m * groupCount];
            var rows = new int[strataCount * groupCount];
            var k = -1;
            for (var s = 0; s < strataCount; s++)
            {
                outStart[s] = k + 1;
                for (var at = start[s]; at < start[s + 1]; at++)
                {
                    if (at == start[s] || keys[at] != outTime[k])
                    {
                        k++;
                        outTime[k] = keys[at];
                    }

                    var e = order[at];
                    for (var g = 0; g < groupCount; g++)
                    {
                        var ev = _events[(e * groupCount) + g];
                        var ce = _censored[(e * groupCount) + g];
                        outEvents[(k * groupCount) + g] += ev;
                        outCensored[(k * groupCount) + g] += ce;
                        rows[(s * groupCount) + g] += ev + ce;
                    }
                }
            }

            outStart[strataCount] = k + 1;
            if (k + 1 < m)
            {
                Array.Resize(ref outTime, k + 1);
                Array.Resize(ref outEvents, (k + 1) * groupCount);
                Array.Resize(ref outCensored, (k + 1) * groupCount);
            }

            return new EventTable(strataCount, groupCount, outStart, outTime, outEvents, outCensored, rows);
        }

        /// <summary>Replaces each time by R's <c>aeqSurv</c> value, computed over the distinct times.</summary>
        private static void ApplyTimeFix(double[] times)
        {
            var distinct = (double[])times.Clone();
            Array.Sort(distinct);
            var u = 0;
            for (var i = 0; i < distinct.Length; i++)
            {
                if (i == 0 || distinct[i] != distinct[u - 1])
                {
                    distinct[u++] = distinct[i];
                }
            }

            var unique = distinct.AsSpan(0, u);
            var fixedUnique = TimeFix.Apply(unique);
            var changed = false;
            for (var i = 0; i < u; i++)
            {
                changed |= fixedUnique[i] != unique[i];
            }

            if (!changed)
            {
                return;
            }

            for (var e = 0; e < times.Length; e++)
            {
                times[e] = fixedUnique[unique.BinarySearch(times[e])];
            }
        }

        private int Find(ulong timeBits, int stratum)
        {
            var h = (timeBits ^ ((ulong)(uint)stratum * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
            var slot = (int)(h >> 33) & _mask;
            while (true)
            {
                var e = _slots[slot];
                if (e < 0)
                {
                    return Add(slot, timeBits, stratum);
                }

                if (_keyTime[e] == timeBits && _keyStratum[e] == stratum)
                {
                    return e;
                }

                slot = (slot + 1) & _mask;
            }
        }

        private int Add(int slot, ulong timeBits, int stratum)
        {
            if (_count == _keyTime.Length)
            {
                Grow();
                return Find(timeBits, stratum);
            }

            var e = _count++;
            _slots[slot] = e;
            _keyTime[e] = timeBits;
            _keyStratum[e] = stratum;
            return e;
        }

        private void Grow()
        {
            var size = _slots.Length * 2;
            _slots = new int[size];
            Array.Fill(_slots, -1);
            _mask = size - 1;
            Array.Resize(ref _keyTime, size / 2);
            Array.Resize(ref _keyStratum, size / 2);
            Array.Resize(ref _events, size / 2 * _groups);
            Array.Resize(ref _censored, size / 2 * _groups);
            for (var e = 0; e < _count; e++)
            {
                var h = (_keyTime[e] ^ ((ulong)(uint)_keyStratum[e] * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
                var slot = (int)(h >> 33) & _mask;
                while (_slots[slot] >= 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = e;
            }
        }
    }
}
