"""The demo world's fixed facts and word lists: how many titles and people it holds, its "now", where its
streams point, and the words that names, titles and synopses are drawn from."""

from __future__ import annotations

from datetime import UTC, datetime

MOVIES, SERIES, PEOPLE, DIRECTORS, FEATURED = 120, 40, 250, 40, 15
# Fixed "now" of the demo world: published_at values count back from it instead of reading the clock.
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
STREAM_HOST = "https://stream.example.com"
MP4_BYTES_PER_S = 625_000  # 5 Mbit/s, a typical 1080p H.264 bitrate

GENRES = [
    ("action", "Action"), ("adventure", "Adventure"), ("animation", "Animation"), ("comedy", "Comedy"),
    ("crime", "Crime"), ("documentary", "Documentary"), ("drama", "Drama"), ("family", "Family"),
    ("fantasy", "Fantasy"), ("horror", "Horror"), ("romance", "Romance"), ("sci-fi", "Sci-Fi"),
    ("thriller", "Thriller"), ("mystery", "Mystery"),
]  # fmt: skip
LANGUAGES = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "ja": "Japanese", "ko": "Korean",
    "it": "Italian", "pt-BR": "Portuguese (Brazil)",
}  # fmt: skip
LANGUAGE_WEIGHTS = [30, 3, 3, 2, 3, 3, 2, 2]  # same order as LANGUAGES: mostly English, like most catalogs
MATURITY_WEIGHTS = [2, 2, 4, 3, 2]  # same order as Maturity: 13+ is the most common rating
FAMILY_GENRES = {"animation", "family"}

FIRST_NAMES = [
    "Ava", "Liam", "Noah", "Emma", "Mateo", "Sofia", "Hiro", "Yuna", "Lucas", "Chloe", "Omar", "Leila",
    "Felix", "Ingrid", "Marco", "Elena", "Kwame", "Amara", "Jonas", "Freya", "Diego", "Lucia", "Theo",
    "Nadia", "Ravi", "Priya", "Oscar", "Greta", "Julien", "Camille", "Minjun", "Seo-yeon", "Tomas", "Clara",
]  # fmt: skip
LAST_NAMES = [
    "Harper", "Moreau", "Tanaka", "Okafor", "Lindqvist", "Rossi", "Alvarez", "Kim", "Novak", "Bennett",
    "Fischer", "Duarte", "Sato", "Mensah", "Laurent", "Castillo", "Park", "Whitaker", "Ivanova", "Brennan",
    "Costa", "Nakamura", "Adeyemi", "Dubois", "Kowalski", "Reyes", "Sinclair", "Weber", "Holloway", "Marsh",
]  # fmt: skip
NATIONALITIES = [
    "American", "British", "French", "Spanish", "German", "Japanese", "Korean", "Italian", "Brazilian",
    "Nigerian",
]  # fmt: skip
CHARACTER_PREFIXES = ["", "", "", "Dr. ", "Captain ", "Agent ", "Detective ", "Aunt "]

ADJECTIVES = [
    "Silent", "Crimson", "Hollow", "Broken", "Golden", "Hidden", "Last", "Frozen", "Burning", "Quiet",
    "Restless", "Forgotten", "Electric", "Wild", "Distant", "Midnight", "Velvet", "Iron", "Paper",
    "Northern", "Savage", "Secret", "Falling", "Endless",
]  # fmt: skip
NOUNS = [
    "Harbor", "Protocol", "Kingdom", "Garden", "Signal", "Horizon", "Empire", "River", "Witness",
    "Frontier", "Orchard", "Mirror", "Machine", "Lantern", "Tide", "Station", "Covenant", "Archive",
    "Island", "Circuit", "Verdict", "Compass", "Summer", "Carnival", "Orbit", "Cartel", "Pilgrim", "Rift",
]  # fmt: skip
PLACES = [
    "Lisbon", "the North", "Blackwater", "the Valley", "Marrakesh", "Avalon", "the Deep", "Kyoto",
    "the Dunes", "Ashford", "Old Havana", "New Carthage",
]  # fmt: skip
HEROES = [
    "A retired detective", "Two estranged sisters", "A young engineer", "A disgraced surgeon",
    "A small-town mechanic", "An ambitious journalist", "A reluctant heir", "A rookie pilot",
    "A grieving father", "A brilliant hacker", "A travelling magician", "A stubborn marine biologist",
]  # fmt: skip
DEEDS = [
    "uncovers a conspiracy", "inherits a crumbling estate", "is drawn into a dangerous game",
    "finds a map that should not exist", "takes one last job", "returns home after twenty years",
    "answers a mysterious distress call", "stumbles onto a forgotten secret",
]  # fmt: skip
TWISTS = [
    "when an old rival resurfaces", "as a storm cuts the town off from the world",
    "after a stranger arrives with a warning", "as the clock runs out", "when a trusted ally disappears",
    "once the first lie comes to light",
]  # fmt: skip
STAKES = [
    "everything they love is at stake", "no one can be trusted", "the past refuses to stay buried",
    "one wrong move could cost everything", "every friendship is tested to the limit",
]  # fmt: skip
