"""In-app notifications and one-time popups for profiles, and push delivery to devices (Web Push, FCM)."""
