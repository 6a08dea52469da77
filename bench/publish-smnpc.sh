#!/usr/bin/env bash
# Publishes the `smnpc` CLI the way the benchmarks time it and prints the path of smnpc.dll.
#
#   bench/publish-smnpc.sh OUT_DIR
#
# Release, framework-dependent, precompiled (ReadyToRun) for this machine's runtime identifier, so a run does
# not spend its first ~150 ms compiling the CLI, the CSV reader and the model (measured at 10^6 x 10 Cox: the
# whole process 1.27 -> 1.13 s, a 19-row file 0.38 -> 0.23 s). The one loop that inlines code from another
# assembly (the CSV column fill) stays compiled at run time (AggressiveOptimization). Everything is built in
# a fresh artifacts folder under OUT_DIR (removed first), so no intermediate file of an earlier build is reused:
# an incremental ReadyToRun publish over changed sources once gave a CLI that aborted at start.
# SMNPC_BUILD=jit gives the plain `dotnet build -c Release` output instead, for comparison.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: publish-smnpc.sh OUT_DIR}"
mkdir -p "$out"
if [[ "${SMNPC_BUILD:-r2r}" == "jit" ]]; then
    dotnet build "$root/src/SmnpcRepro.Cli/SmnpcRepro.Cli.csproj" -c Release -v quiet -nologo >&2
    echo "$root/src/SmnpcRepro.Cli/bin/Release/net10.0/smnpc.dll"
    exit 0
fi
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) echo "publish-smnpc: unsupported OS $(uname -s)" >&2; exit 2 ;; esac
case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "publish-smnpc: unsupported CPU $(uname -m)" >&2; exit 2 ;; esac
rm -rf "$out/artifacts" "$out/smnpc"
dotnet publish "$root/src/SmnpcRepro.Cli/SmnpcRepro.Cli.csproj" -c Release -r "$os-$arch" --self-contained false \
    -p:PublishReadyToRun=true --artifacts-path "$out/artifacts" -o "$out/smnpc" -v quiet -nologo >&2
echo "$out/smnpc/smnpc.dll"
