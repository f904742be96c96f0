"""The benchmark's payloads (scripts/bench_payload.py): what `make bench` parses."""

from __future__ import annotations

from bench_payload import DENSE, USUAL, check_page, invoice_page, objects_per_mib


def test_the_dense_page_fits_the_spec_and_holds_more_objects_per_mib() -> None:
    usual, dense = invoice_page(10, seed=3, shape=USUAL), invoice_page(10, seed=3, shape=DENSE)
    check_page(dense)
    assert objects_per_mib(dense) > 1.2 * objects_per_mib(usual)


def test_a_shape_and_seed_give_the_same_bytes() -> None:
    assert invoice_page(3, seed=5, shape=DENSE) == invoice_page(3, seed=5, shape=DENSE)
    assert invoice_page(3, seed=5, shape=DENSE) != invoice_page(3, seed=6, shape=DENSE)
