"""`.npy` vector files written and read in blocks, never memory-mapped.

A build of a million chunks writes gigabytes of vectors. Through a memory map every page written or
read stays resident in the process until the map is dropped, and each page fault maps its
neighbours too (read-ahead, fault-around): a server reading a few hundred sentence vectors per
question had most of the file in its RSS after a hundred questions. Plain writes and positioned
reads leave the pages to the kernel's cache instead. The files are ordinary `.npy`.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path

import numpy as np


class VectorWriter:
    """Appends rows of float32 vectors to a `.npy` file whose final shape is known in advance."""

    def __init__(self, path: Path, rows: int, dim: int) -> None:
        self.path, self.rows, self.dim, self.written = path, rows, dim, 0
        self._file = open(path, "wb")  # noqa: SIM115 - closed by close()
        np.lib.format.write_array_header_1_0(
            self._file, {"descr": "<f4", "fortran_order": False, "shape": (rows, dim)})

    def write(self, block: np.ndarray) -> None:
        block = np.ascontiguousarray(block, dtype="<f4")
        if block.ndim != 2 or block.shape[1] != self.dim or self.written + len(block) > self.rows:
            raise ValueError(f"{self.path.name}: block of shape {block.shape} does not fit")
        self._file.write(block.tobytes())
        self.written += len(block)

    def close(self) -> None:
        self._file.close()
        if self.written != self.rows:
            raise ValueError(f"{self.path.name}: {self.written} rows written, {self.rows} expected")


class VectorReader:
    """Rows of a `.npy` float32 matrix read on demand: `len`, `shape`, `[i]`, `[a:b]`, `[index array]`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as f:
            version = np.lib.format.read_magic(f)
            read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, fortran, dtype = read(f)
            self._offset = f.tell()
        if fortran or dtype != np.dtype("<f4") or len(shape) != 2:
            raise ValueError(f"{path.name} is not a float32 matrix")
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        self._fd = os.open(path, os.O_RDONLY)
        self._row = 4 * self.shape[1]
        self._closer = weakref.finalize(self, os.close, self._fd)

    def __len__(self) -> int:
        return self.shape[0]

    def _rows(self, start: int, stop: int) -> np.ndarray:
        data = os.pread(self._fd, (stop - start) * self._row, self._offset + start * self._row)
        return np.frombuffer(data, dtype="<f4").reshape(stop - start, self.shape[1]).copy()

    def __getitem__(self, key: int | slice | np.ndarray) -> np.ndarray:
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            if step != 1:
                raise ValueError("slices with a step are not supported")
            return self._rows(start, max(start, stop))
        if isinstance(key, (int, np.integer)):
            i = int(key) + (len(self) if key < 0 else 0)
            return self._rows(i, i + 1)[0]
        rows = np.asarray(key, dtype=np.int64).reshape(-1)
        if rows.size and (rows.min() < -len(self) or rows.max() >= len(self)):
            raise IndexError(f"{self.path.name}: row out of range")
        rows = np.where(rows < 0, rows + len(self), rows)
        out = np.empty((len(rows), self.shape[1]), dtype=np.float32)
        # One read per run of consecutive rows (a chunk's sentences are stored together).
        order = np.argsort(rows, kind="stable")
        sorted_rows = rows[order]
        breaks = np.flatnonzero(np.diff(sorted_rows) > 1) + 1
        for run in np.split(np.arange(len(rows)), breaks):
            if not run.size:
                continue
            first, last = int(sorted_rows[run[0]]), int(sorted_rows[run[-1]])
            block = self._rows(first, last + 1)
            out[order[run]] = block[sorted_rows[run] - first]
        return out

    def close(self) -> None:
        self._closer()
