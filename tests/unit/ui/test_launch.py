from app.ui.launch import NO_DISPLAY_MESSAGE, display_problem


def test_no_display_on_linux():
    assert display_problem({}, "linux") == NO_DISPLAY_MESSAGE


def test_a_display_that_is_not_running(tmp_path):
    assert "display :987 is not running" in display_problem({"DISPLAY": ":987"}, "linux")


def test_wayland_offscreen_remote_x_and_other_platforms_are_left_to_qt():
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"DISPLAY": "remote:0"}, "linux") is None
    assert display_problem({}, "darwin") is None
    assert display_problem({}, "win32") is None
