"""The Qt application: windows, screens and the controllers that connect them to storage."""
