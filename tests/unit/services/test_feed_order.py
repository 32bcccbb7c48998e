from app.services.feeds import _interleaved


def test_entries_are_taken_one_feed_after_another():
    owners = [0, 0, 0, 1, 2, 2]
    order = _interleaved(owners)
    assert [owners[i] for i in order] == [0, 1, 2, 0, 2, 0]
    assert sorted(order) == list(range(len(owners)))
