"""The Qt canvas: a projection of one map (scene), its view, items, interaction tools and image rendering."""
