"""Orthogonal flow routes: right-angled, from port to port, around steps in the way."""

from opsflow_desktop.layout.routing import ObstacleGrid, route


def orthogonal(points):
    return all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:]))


def test_straight_when_aligned():
    assert route((0, 0, 100, 50), (200, 0, 100, 50)) == [(100, 25), (200, 25)]


def test_elbow_to_a_step_right_and_lower():
    points = route((0, 0, 100, 50), (300, 200, 100, 50))
    assert points[0] == (100, 25) and points[-1] == (300, 225) and orthogonal(points)


def test_down_into_a_step_below():
    points = route((0, 0, 100, 50), (0, 200, 100, 50))
    assert points == [(50, 50), (50, 200)]


def test_backward_flow_goes_around_below():
    points = route((300, 0, 100, 50), (0, 0, 100, 50))
    assert orthogonal(points) and max(y for _, y in points) > 50 and points[-1] == (0, 25)


def test_avoids_a_step_in_the_way():
    grid = ObstacleGrid([("a", (0, 0, 100, 50)), ("b", (400, 100, 100, 50)), ("wall", (220, 20, 60, 150))])
    points = route((0, 0, 100, 50), (400, 100, 100, 50), grid, ignore=("a", "b"))
    assert orthogonal(points)
    assert not any(grid.blocked(p, q, ("a", "b")) for p, q in zip(points, points[1:]))


def test_grid_updates_when_steps_move():
    grid = ObstacleGrid([("x", (0, 0, 10, 10))])
    assert grid.blocked((-5, 5), (20, 5))
    grid.put("x", (500, 500, 10, 10))
    assert not grid.blocked((-5, 5), (20, 5))
    grid.remove("x")
    assert not grid.blocked((495, 505), (520, 505))
