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

    /// <summary>Largest strata × groups for which entries are keyed by time alone.</summary>
    private const int DenseCellLimit = 16;

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

        // Few strata × groups: key by time alone and keep a count per (stratum, group) in each entry (a
        // small table that stays in cache); many: key by (time, stratum) so memory stays O(distinct keys).
        var dense = (long)strataCount * groupCount <= DenseCellLimit;
        if (chunks == 1)
        {
            partial[0] = Tabulator.Run(time, status, stratum, group, groupCount, strataCount, dense, 0, n);
        }
        else
        {
            Parallel.For(0, chunks, c =>
            {
                var from = (int)((long)n * c / chunks);
                var to = (int)((long)n * (c + 1) / chunks);
                partial[c] = Tabulator.Run(time, status, stratum, group, groupCount, strataCount, dense, from, to);
            });
        }

        var all = partial[0];
        for (var c = 1; c < chunks; c++)
        {
            all.Merge(partial[c]);
        }

        return all.Finish(strataCount, groupCount, timeFix);
    }

    /// <summary>
    /// Open-addressing hash table from (time bits, stratum) to an entry with per-group counts. The key and
    /// the entry number live together in one 16-byte slot, so a lookup touches one cache line.
    /// </summary>
    private sealed class Tabulator
    {
        private readonly int _groups;
        private readonly int _width; // counts per entry: groups, or strata × groups when dense
        private readonly bool _dense;
        private Slot[] _slots;
        private int _mask;
        private ulong[] _keyTime;
        private int[] _keyStratum;
        private int[] _events;
        private int[] _censored;
        private int _count;

        private Tabulator(int groups, int width, bool dense, int capacity)
        {
            _groups = groups;
            _width = width;
            _dense = dense;
            var size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }

            _slots = new Slot[size];
            _mask = size - 1;
            _keyTime = new ulong[size / 2];
            _keyStratum = new int[size / 2];
            _events = new int[size / 2 * width];
            _censored = new int[size / 2 * width];
        }

        public static Tabulator Run(double[] time, byte[] status, int[]? stratum, int[]? group, int groups, int strataCount, bool dense, int from, int to)
        {
            var width = dense ? groups * strataCount : groups;
            // Sized by the rows (at most 4096 entries to start; it grows): a 30-row test should not
            // allocate and clear a table for thousands of times.
            var table = new Tabulator(groups, width, dense, Math.Min(4096, Math.Max(8, to - from)));
            for (var i = from; i < to; i++)
            {
                var t = time[i] + 0.0; // -0.0 → 0.0
                var s = stratum is null ? 0 : stratum[i];
                var entry = table.Find(BitConverter.DoubleToUInt64Bits(t), dense ? 0 : s);
                var cell = (entry * width) + (dense ? s * groups : 0) + (group is null ? 0 : group[i]);
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
                for (var g = 0; g < _width; g++)
                {
                    _events[(entry * _width) + g] += other._events[(e * _width) + g];
                    _censored[(entry * _width) + g] += other._censored[(e * _width) + g];
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

            // Virtual entries (time, stratum, counts at entry·width + offset): one per stored entry, or, when
            // dense, one per stored entry and stratum that has rows at that time.
            var vEntry = new List<int>(m);
            var vStratum = new List<int>(m);
            var vOffset = new List<int>(m);
            for (var e = 0; e < m; e++)
            {
                if (!_dense)
                {
                    vEntry.Add(e);
                    vStratum.Add(_keyStratum[e]);
                    vOffset.Add(0);
                    continue;
                }

                for (var s = 0; s < strataCount; s++)
                {
                    var any = false;
                    for (var g = 0; g < groupCount; g++)
                    {
                        var at = (e * _width) + (s * groupCount) + g;
                        any |= _events[at] + _censored[at] > 0;
                    }

                    if (any)
                    {
                        vEntry.Add(e);
                        vStratum.Add(s);
                        vOffset.Add(s * groupCount);
                    }
                }
            }

            var v = vEntry.Count;

            // Ordered by (stratum, time): counting sort by stratum, then sort each stratum's times.
            var start = new int[strataCount + 1];
            for (var x = 0; x < v; x++)
            {
                start[vStratum[x] + 1]++;
            }

            for (var s = 0; s < strataCount; s++)
            {
                start[s + 1] += start[s];
            }

            var fill = (int[])start.Clone();
            var order = new int[v];
            var keys = new double[v];
            for (var x = 0; x < v; x++)
            {
                var at = fill[vStratum[x]]++;
                order[at] = x;
                keys[at] = fixedTime[vEntry[x]];
            }

            for (var s = 0; s < strataCount; s++)
            {
                Array.Sort(keys, order, start[s], start[s + 1] - start[s]);
            }

            // Merge entries whose fixed times coincide (only after a time fix) and copy counts in order.
            var outStart = new int[strataCount + 1];
            var outTime = new double[v];
            var outEvents = new int[v * groupCount];
            var outCensored = new int[v * groupCount];
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

                    var x = order[at];
                    var source = (vEntry[x] * _width) + vOffset[x];
                    for (var g = 0; g < groupCount; g++)
                    {
                        var ev = _events[source + g];
                        var ce = _censored[source + g];
                        outEvents[(k * groupCount) + g] += ev;
                        outCensored[(k * groupCount) + g] += ce;
                        rows[(s * groupCount) + g] += ev + ce;
                    }
                }
            }

            outStart[strataCount] = k + 1;
            if (k + 1 < v)
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

        /// <summary>
        /// MurmurHash3's 64-bit finaliser of the key. Every output bit depends on every input bit, which matters:
        /// decimal times such as 133.7 and 134.7 differ only in their high mantissa bits.
        /// </summary>
        private static int Hash(ulong timeBits, int stratum)
        {
            var h = timeBits ^ ((ulong)(uint)stratum * 0x9E3779B97F4A7C15UL);
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return (int)h & int.MaxValue;
        }

        private int Find(ulong timeBits, int stratum)
        {
            var slot = Hash(timeBits, stratum) & _mask;
            while (true)
            {
                ref var s = ref _slots[slot];
                if (s.Entry == 0)
                {
                    return Add(slot, timeBits, stratum);
                }

                if (s.Time == timeBits && s.Stratum == stratum)
                {
                    return s.Entry - 1;
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
            _slots[slot] = new Slot(timeBits, stratum, e + 1);
            _keyTime[e] = timeBits;
            _keyStratum[e] = stratum;
            return e;
        }

        private void Grow()
        {
            var size = _slots.Length * 2;
            _slots = new Slot[size];
            _mask = size - 1;
            Array.Resize(ref _keyTime, size / 2);
            Array.Resize(ref _keyStratum, size / 2);
            Array.Resize(ref _events, size / 2 * _width);
            Array.Resize(ref _censored, size / 2 * _width);
            for (var e = 0; e < _count; e++)
            {
                var slot = Hash(_keyTime[e], _keyStratum[e]) & _mask;
                while (_slots[slot].Entry != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = new Slot(_keyTime[e], _keyStratum[e], e + 1);
            }
        }

        /// <summary>A hash slot: the key and the entry number + 1 (0 = empty).</summary>
        private readonly record struct Slot(ulong Time, int Stratum, int Entry);
    }
}
