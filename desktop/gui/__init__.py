"""The Qt layer: views, item models and dialogs over the application services."""
