using System.Globalization;

namespace SmnpcRepro.Cli.Output;

/// <summary>
/// A progress bar on a terminal line (<c>label [#####.....] 523/1000</c>), redrawn with a carriage return
/// only when its fiftieth changes. Reports may come from any thread, in any order: the bar shows the
/// largest count seen. <see cref="Dispose"/> ends the line. The CLI uses it only when standard error is a
/// terminal; the libraries never write to the console.
/// </summary>
internal sealed class TerminalProgressBar : IProgress<int>, IDisposable
{
    private const int Cells = 50;

    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly int _total;
    private readonly Lock _gate = new();
    private int _done;
    private int _drawnCells = -1;

    public TerminalProgressBar(TextWriter writer, string label, int total)
    {
        _writer = writer;
        _label = label;
        _total = Math.Max(1, total);
        Draw(0);
    }

    public void Report(int value)
    {
        lock (_gate)
        {
            if (value <= _done)
            {
                return;
            }

            _done = value;
            var cells = (int)((long)value * Cells / _total);
            if (cells != _drawnCells || value == _total)
            {
                Draw(cells);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Write('\n');
            _writer.Flush();
        }
    }

    private void Draw(int cells)
    {
        _drawnCells = cells;
        var count = _done.ToString(CultureInfo.InvariantCulture) + "/" + _total.ToString(CultureInfo.InvariantCulture);
        _writer.Write($"\r{_label} [{new string('#', cells)}{new string('.', Cells - cells)}] {count}");
        _writer.Flush();
    }
}
