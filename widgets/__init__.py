"""Reusable Qt views: they are given what they show and never open storage."""
