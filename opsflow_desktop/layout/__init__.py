"""Pure geometry of maps: swimlane bands and (later) automatic layout. No Qt."""
