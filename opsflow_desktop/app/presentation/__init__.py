"""Workshop mode: the map on a projector for a room of department heads (F5), walked through stage by stage
and step by step, with findings captured and dot votes taken without leaving the presentation."""
