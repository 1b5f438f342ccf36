import pytest


def pytest_collection_modifyitems(config, items):
    """Everything in this folder carries the ``reliability`` marker (``-m reliability``)."""
    for item in items:
        if "tests/reliability/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def demo_path(tmp_path):
    """The demo process (meetings, tables, rounds, contributions) in a folder of its own."""
    from facilitator.demo.builder import build_demo

    folder = tmp_path / "Mina processer"
    folder.mkdir()
    return build_demo(folder / "Ekbacka demo.facilitator")
