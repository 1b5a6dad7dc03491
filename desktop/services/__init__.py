"""Application services: what a user can do, used alike by the GUI and coopdesk-cli."""
