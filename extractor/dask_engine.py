"""The Dask engine: ``extract --engine dask`` runs the partitions of the inputs on a Dask cluster.

The client plans partitions (see ``partitions``), keeps a bounded number of them
in flight on the cluster and hands their results on in input order as they
complete, so its memory stays flat however large the dump. Workers read the
inputs themselves at the same absolute paths, so every worker needs the package
(``pip install 'extractor[dask]'``, the same version) and the inputs on a path it
shares with the client. A worker that dies has its partition run again (the
scheduler's own retries); a partition on which workers keep dying is split into
parts, and those parts again, until the record that kills them is found, and
that record becomes a reject, as with the local engine. Imported only when the
engine is asked for.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import multiprocessing
import time
import uuid
import warnings
from typing import Callable, Iterator, Optional

import dask
import distributed
from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.scheduler import KilledWorker

from . import __version__, batch
from .batch import WORKER_DIED, BatchOptions, Outcome
from .errors import EngineError, shown
from .partitions import Partition, PartitionResult, Settings, reject_of, run_partition

_IN_FLIGHT_PER_THREAD = 2  # partitions submitted and not yet written, per worker thread
_HELD = 16  # finished partitions fetched to the client ahead of their turn, at most
_CONNECT_TIMEOUT = "30s"
_SPLIT = 8  # parts a partition that kills its workers is cut into, level by level
_RECOUNT = 5.0  # seconds between two counts of the cluster's worker threads


class _Ready(WorkerPlugin):
    """Builds the pipeline on every worker as it starts (a restarted one too), before any task."""

    idempotent = True
    name = "extractor-ready"

    def setup(self, worker) -> None:
        batch.prepare(BatchOptions())
        gc.freeze()  # the pipeline outlives every task: kept out of full collections


def _fork_workers() -> Optional[dask.config.set]:
    """Start LocalCluster workers (and restart them) by forking this process where the system can:
    they inherit the imports and the built pipeline instead of loading them again (some 3 s).
    Returns the setting, to be undone when the cluster is closed."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return dask.config.set({"distributed.worker.multiprocessing-method": "fork"})


def worker_version() -> str:
    """The version of the package on a worker (it must be the client's: the output depends on it)."""
    return __version__


class DaskEngine:
    """A Dask client on a cluster: the given scheduler, or a LocalCluster of ``workers`` processes."""

    def __init__(self, scheduler: Optional[str], workers: int):
        logging.getLogger("distributed").setLevel(logging.CRITICAL)  # failures reach the user as our own lines
        self.cluster: Optional[LocalCluster] = None
        self.client: Optional[Client] = None
        self._forking = None
        try:
            if scheduler is None:
                self._forking = _fork_workers()
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0", silence_logs=logging.CRITICAL)
            with warnings.catch_warnings(record=True) as said:
                warnings.simplefilter("always")
                self.client = Client(self.cluster or scheduler, timeout=_CONNECT_TIMEOUT)
            for warning in said:  # Dask's own, such as mismatched versions: one line each
                print(f"extractor: Dask: {shown((str(warning.message).strip().splitlines() or [''])[0], 200)}",
                      file=sys.stderr)
        except (OSError, TimeoutError, ValueError) as e:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler {shown(scheduler or 'LocalCluster')}: {shown(e, 200)}") from None
        try:
            self._check_workers()
            self.client.register_plugin(_Ready())
        except EngineError:
            self.close()
            raise
        except Exception as e:
            self.close()
            raise EngineError(f"the Dask workers cannot run extractor ({type(e).__name__}: {shown(e, 200)}); "
                              "install it on every worker: pip install 'extractor[dask]'") from None
        self.run_id = uuid.uuid4().hex[:12]

    def _check_workers(self) -> None:
        """Every worker connected now must run this version, to stop at once with one clear line
        (a worker that joins later refuses its tasks instead, see ``run_partition``)."""
        versions = self.client.run(worker_version)
        other = {address: v for address, v in versions.items() if v != __version__}
        if other:
            address, version = next(iter(other.items()))
            raise EngineError(f"the Dask worker {address} runs extractor {shown(version, 40)}, this is {__version__}: "
                              "install the same version everywhere (the output depends on it)")

    @property
    def dashboard(self) -> Optional[str]:
        """The dashboard's address, where the cluster serves one."""
        with contextlib.suppress(Exception):
            return self.client.dashboard_link
        return None

    def threads(self) -> int:
        """Worker threads connected now (at least 1: tasks wait for workers that have yet to join)."""
        workers = self.client.scheduler_info(n_workers=-1)["workers"].values()
        return max(1, sum(w.get("nthreads", 1) for w in workers))

    def close(self) -> None:
        """Disconnect, and stop the LocalCluster this engine started."""
        for part in (self.client, self.cluster):
            if part is not None:
                with contextlib.suppress(Exception):
                    part.close()
        if self._forking is not None:
            self._forking.__exit__(None, None, None)
            self._forking = None

    # -- running partitions ---------------------------------------------------------------------

    def results(self, partitions: Iterator[Partition], settings: Settings,
                on_done: Optional[Callable[[int], None]] = None) -> Iterator[tuple[Partition, PartitionResult]]:
        """The results of ``partitions`` in their order, each as soon as it and those before it are
        done; ``on_done`` hears of every partition fetched (with its record count) as it comes.

        Two partitions a worker thread are in flight. A finished one is fetched at once while this
        client holds fewer than _HELD results; beyond that (a slow partition holds up the output)
        it waits on its worker until its turn, so the client's memory stays bounded on any cluster.
        """
        window = _Window(self)
        source = iter(partitions)
        running: dict[str, tuple[Partition, distributed.Future]] = {}
        parked: dict[int, tuple[Partition, distributed.Future]] = {}  # finished, left on the workers
        fetched: dict[int, tuple[Partition, PartitionResult]] = {}
        completed = as_completed()

        def submit_more() -> None:
            while len(running) + len(parked) + len(fetched) < window.size():
                part = next(source, None)
                if part is None:
                    return
                key = f"extract-{self.run_id}-{part.index}"
                future = self.client.submit(run_partition, part, settings, key=key, pure=False, retries=1)
                running[key] = part, future
                completed.add(future)

        def fetch(part: Partition, future) -> None:
            result = self._result(part, future, settings)
            fetched[part.index] = part, result
            if on_done is not None:
                on_done(result.records)

        try:
            submit_more()
            following = min((part.index for part, _ in running.values()), default=None)
            for future in completed:
                part, _ = running.pop(future.key)
                if len(fetched) < _HELD or part.index == following:
                    fetch(part, future)
                else:
                    parked[part.index] = part, future
                del future
                while following in fetched or following in parked:
                    if following in parked:
                        fetch(*parked.pop(following))
                    yield fetched.pop(following)
                    following += 1
                submit_more()
        finally:
            left = [future for _, future in (*running.values(), *parked.values())]
            if left:
                with contextlib.suppress(Exception):
                    self.client.cancel(left)

    def _result(self, part: Partition, future, settings: Settings) -> PartitionResult:
        """A finished partition's result; rescued record by record if its workers kept dying."""
        try:
            return future.result()
        except KilledWorker:
            return self._rescue(part, settings)
        except Exception as e:
            raise _failed(part, e) from None

    def _call(self, function, *args):
        """One task, run now, its result (KilledWorker passes through)."""
        return self.client.submit(function, *args, pure=False, retries=1).result()

    def _rescue(self, part: Partition, settings: Settings) -> PartitionResult:
        """A partition on which workers kept dying: its records run in parts, then parts of the parts
        that die, until each record that kills a worker is alone and becomes a reject."""
        try:
            whole = self._call(run_partition, part, settings, (0, 0))  # read only: how many records
        except Exception as e:
            raise _failed(part, e) from None
        outcomes = self._parts(part, settings, 0, whole.records)
        return PartitionResult(part.index, outcomes, whole.records, whole.lines, whole.skipped)

    def _parts(self, part: Partition, settings: Settings, lo: int, hi: int) -> list[Outcome]:
        """Outcomes of records lo to hi - 1, run in _SPLIT parts at once. A part that dies is split
        again; a record alone that dies is run once more with nothing else of the partition in
        flight (a worker that dies takes the tasks queued on it along), and is a reject if it dies again."""
        if lo >= hi:
            return []
        step = -(-(hi - lo) // _SPLIT)
        bounds = [(start, min(start + step, hi)) for start in range(lo, hi, step)]
        futures = [self.client.submit(run_partition, part, settings, bound, pure=False, retries=1) for bound in bounds]
        found = [self._outcomes(part, future) for future in futures]
        outcomes: list[Outcome] = []
        for (start, end), got in zip(bounds, found):
            if got is None:
                got = self._parts(part, settings, start, end) if end - start > 1 else self._alone(part, settings, start)
            outcomes += got
        return outcomes

    def _outcomes(self, part: Partition, future) -> Optional[list[Outcome]]:
        """A task's outcomes, or None when workers died running it."""
        try:
            return future.result().outcomes
        except KilledWorker:
            return None
        except Exception as e:
            raise _failed(part, e) from None

    def _alone(self, part: Partition, settings: Settings, number: int) -> list[Outcome]:
        """One record run by itself: its outcome, or its reject when its worker dies on it again."""
        outcomes = self._outcomes(part, self.client.submit(run_partition, part, settings, (number, number + 1),
                                                           pure=False, retries=1))
        return outcomes if outcomes is not None else [Outcome(reject=self._reject(part, settings, number))]

    def _reject(self, part: Partition, settings: Settings, number: int) -> str:
        """The reject line of a record that kills its workers, made on a worker without extracting it."""
        try:
            return self._call(reject_of, part, settings, number, WORKER_DIED)
        except Exception as e:
            raise _failed(part, e) from None


class _Window:
    """How many partitions to have in flight: two a worker thread, counted again every few seconds
    (a cluster may grow or shrink during a run)."""

    def __init__(self, engine: DaskEngine):
        self.engine, self._size, self._counted = engine, 0, -float("inf")

    def size(self) -> int:
        if time.monotonic() - self._counted > _RECOUNT:
            self._size, self._counted = _IN_FLIGHT_PER_THREAD * self.engine.threads(), time.monotonic()
        return self._size


def _failed(part: Partition, error: BaseException) -> EngineError:
    """A partition the cluster could not run: one line (the run keeps its checkpoint for --resume)."""
    what = (str(error).splitlines() or [""])[0]
    return EngineError(f"{shown(part.describe(), 200)}: the Dask cluster failed on it "
                       f"({type(error).__name__}: {shown(what, 200)})")
