"""A fixed catalog for relevance tests: real-ish titles with people, genres and synopses, and distractors
that are more popular than the titles a query should find, so that ranking has to earn its results."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Credit, Genre, Language, Person, Title, TitleGenre
from vuga.catalog.service.editing import sort_title
from vuga.core.clock import utcnow


@dataclass(frozen=True)
class Entry:
    title: str
    year: int
    genres: tuple[str, ...]
    people: tuple[str, ...]
    synopsis: str
    popularity: float
    kind: str = "movie"
    original_title: str | None = None
    maturity_age: int = 0
    language: str = "en"
    published: bool = True


CATALOG = [
    Entry(
        "Interstellar",
        2014,
        ("Sci-Fi", "Drama"),
        ("Christopher Nolan", "Matthew McConaughey", "Anne Hathaway"),
        "A team of explorers travel through a wormhole in space in an attempt to ensure humanity's survival.",
        900,
        maturity_age=7,
    ),
    Entry(
        "The Godfather",
        1972,
        ("Crime", "Drama"),
        ("Francis Ford Coppola", "Marlon Brando", "Al Pacino"),
        "The aging patriarch of an organized crime dynasty transfers control of his clandestine empire to "
        "his reluctant son.",
        950,
        maturity_age=16,
    ),
    Entry(
        "The Godfather Part II",
        1974,
        ("Crime", "Drama"),
        ("Francis Ford Coppola", "Al Pacino", "Robert De Niro"),
        "The early life and career of Vito Corleone in 1920s New York City is portrayed, while his son "
        "expands and tightens his grip on the family crime syndicate.",
        600,
        maturity_age=16,
    ),
    Entry(
        "Star Wars",
        1977,
        ("Sci-Fi", "Adventure"),
        ("George Lucas", "Mark Hamill", "Harrison Ford"),
        "Luke Skywalker joins forces with a Jedi Knight, a cocky pilot, a Wookiee and two droids to save the "
        "galaxy from the Empire's world-destroying battle station.",
        980,
        maturity_age=7,
    ),
    Entry(
        "Star Trek",
        2009,
        ("Sci-Fi", "Action"),
        ("J. J. Abrams", "Chris Pine", "Zachary Quinto"),
        "The brash James T. Kirk tries to live up to his father's legacy with Mr. Spock keeping him in check "
        "as a vengeful Romulan threatens the Federation.",
        700,
        maturity_age=13,
    ),
    Entry(
        "Amélie",
        2001,
        ("Romance", "Comedy"),
        ("Jean-Pierre Jeunet", "Audrey Tautou"),
        "A shy waitress in Montmartre decides to change the lives of those around her for the better while "
        "struggling with her own isolation.",
        500,
        original_title="Le Fabuleux Destin d'Amélie Poulain",
        maturity_age=13,
        language="fr",
    ),
    Entry(
        "Inception",
        2010,
        ("Sci-Fi", "Action"),
        ("Christopher Nolan", "Leonardo DiCaprio", "Elliot Page"),
        "A thief who steals corporate secrets through dream-sharing technology is given the inverse task of "
        "planting an idea into the mind of a chief executive.",
        920,
        maturity_age=13,
    ),
    Entry(
        "The Dark Knight",
        2008,
        ("Action", "Crime"),
        ("Christopher Nolan", "Christian Bale", "Heath Ledger"),
        "When the menace known as the Joker wreaks havoc and chaos on the people of Gotham, Batman must "
        "accept one of the greatest tests of his ability to fight injustice.",
        970,
        maturity_age=13,
    ),
    Entry(
        "Titanic",
        1997,
        ("Romance", "Drama"),
        ("James Cameron", "Leonardo DiCaprio", "Kate Winslet"),
        "A seventeen-year-old aristocrat falls in love with a kind but poor artist aboard the luxurious, "
        "ill-fated ship.",
        800,
        maturity_age=13,
    ),
    Entry(
        "Avatar",
        2009,
        ("Sci-Fi", "Adventure"),
        ("James Cameron", "Sam Worthington", "Zoe Saldaña"),
        "A paraplegic marine dispatched to the moon Pandora on a unique mission becomes torn between "
        "following his orders and protecting the world he feels is his home.",
        850,
        maturity_age=13,
    ),
    Entry(
        "Spirited Away",
        2001,
        ("Animation", "Fantasy"),
        ("Hayao Miyazaki", "Rumi Hiiragi"),
        "During her family's move to the suburbs, a sullen ten-year-old girl wanders into a world ruled by "
        "gods, witches and spirits.",
        650,
        original_title="Sen to Chihiro no Kamikakushi",
        language="ja",
    ),
    Entry(
        "Pulp Fiction",
        1994,
        ("Crime",),
        ("Quentin Tarantino", "John Travolta", "Uma Thurman"),
        "The lives of two mob hitmen, a boxer, a gangster and his wife intertwine in four tales of violence "
        "and redemption.",
        750,
        maturity_age=18,
    ),
    Entry(
        "Breaking Bad",
        2008,
        ("Crime", "Drama"),
        ("Vince Gilligan", "Bryan Cranston", "Aaron Paul"),
        "A chemistry teacher diagnosed with inoperable lung cancer turns to manufacturing methamphetamine "
        "with a former student to secure his family's future.",
        990,
        kind="series",
        maturity_age=18,
    ),
    Entry(
        "Stranger Things",
        2016,
        ("Sci-Fi", "Horror"),
        ("Matt Duffer", "Millie Bobby Brown", "Winona Ryder"),
        "When a young boy disappears, his mother, a police chief and his friends must confront terrifying "
        "supernatural forces in order to get him back.",
        940,
        kind="series",
        maturity_age=16,
    ),
    Entry(
        "City of God",
        2002,
        ("Crime", "Drama"),
        ("Fernando Meirelles", "Alexandre Rodrigues"),
        "In the slums of Rio, two kids' paths diverge as one struggles to become a photographer and the "
        "other a kingpin.",
        400,
        original_title="Cidade de Deus",
        maturity_age=18,
        language="pt",
    ),
    Entry(
        "Parasite",
        2019,
        ("Thriller", "Drama"),
        ("Bong Joon-ho", "Song Kang-ho"),
        "Greed and class discrimination threaten the newly formed symbiotic relationship between the "
        "wealthy Park family and the destitute Kim clan.",
        880,
        original_title="Gisaengchung",
        maturity_age=16,
        language="ko",
    ),
    Entry(
        "Up",
        2009,
        ("Animation", "Comedy"),
        ("Pete Docter", "Ed Asner"),
        "Seventy-eight year old Carl Fredricksen travels to Paradise Falls in his house equipped with "
        "balloons, inadvertently taking a young stowaway.",
        300,
    ),
    Entry(
        "Up in the Air",
        2009,
        ("Drama", "Comedy"),
        ("Jason Reitman", "George Clooney"),
        "Ryan Bingham enjoys living out of a suitcase for his job travelling around the country firing "
        "people.",
        450,
        maturity_age=13,
    ),
    Entry(
        "The Lord of the Rings: The Fellowship of the Ring",
        2001,
        ("Fantasy", "Adventure"),
        ("Peter Jackson", "Elijah Wood", "Ian McKellen"),
        "A meek Hobbit from the Shire and eight companions set out on a journey to destroy the powerful One "
        "Ring and save Middle-earth from the Dark Lord Sauron.",
        930,
        maturity_age=13,
    ),
    Entry(
        "The Matrix",
        1999,
        ("Sci-Fi", "Action"),
        ("Lana Wachowski", "Keanu Reeves", "Carrie-Anne Moss"),
        "When a beautiful stranger leads computer hacker Neo to a forbidding underworld, he discovers the "
        "shocking truth: the life he knows is the elaborate deception of an evil cyber-intelligence.",
        910,
        maturity_age=16,
    ),
    Entry(
        "John Wick",
        2014,
        ("Action", "Thriller"),
        ("Chad Stahelski", "Keanu Reeves"),
        "An ex-hit-man comes out of retirement to track down the gangsters that killed his dog.",
        700,
        maturity_age=18,
    ),
    Entry(
        "Mad Max: Fury Road",
        2015,
        ("Action", "Adventure"),
        ("George Miller", "Tom Hardy", "Charlize Theron"),
        "In a post-apocalyptic wasteland, a woman rebels against a tyrannical ruler in search of her "
        "homeland with the aid of a group of female prisoners.",
        780,
        maturity_age=16,
    ),
    Entry(
        "La La Land",
        2016,
        ("Romance", "Musical"),
        ("Damien Chazelle", "Ryan Gosling", "Emma Stone"),
        "While navigating their careers in Los Angeles, a pianist and an actress fall in love while "
        "attempting to reconcile their aspirations for the future.",
        690,
    ),
    Entry(
        "Whiplash",
        2014,
        ("Drama", "Musical"),
        ("Damien Chazelle", "Miles Teller", "J. K. Simmons"),
        "A promising young drummer enrolls at a cut-throat music conservatory where his dreams of greatness "
        "are mentored by an instructor who will stop at nothing.",
        560,
        maturity_age=16,
    ),
    Entry(
        "The Crown",
        2016,
        ("Drama", "History"),
        ("Peter Morgan", "Claire Foy", "Olivia Colman"),
        "Follows the political rivalries and romance of Queen Elizabeth II's reign and the events that "
        "shaped the second half of the twentieth century.",
        720,
        kind="series",
        maturity_age=13,
    ),
    Entry(
        "Dark",
        2017,
        ("Sci-Fi", "Thriller"),
        ("Baran bo Odar", "Louis Hofmann"),
        "A family saga with a supernatural twist, set in a German town where the disappearance of two "
        "young children exposes the relationships among four families.",
        610,
        kind="series",
        maturity_age=16,
        language="de",
    ),
    Entry(
        "Money Heist",
        2017,
        ("Crime", "Thriller"),
        ("Álex Pina", "Úrsula Corberó"),
        "An unusual group of robbers attempt to carry out the most perfect robbery in Spanish history: "
        "stealing billions of euros from the Royal Mint.",
        870,
        kind="series",
        original_title="La casa de papel",
        maturity_age=16,
        language="es",
    ),
    Entry(
        "Toy Story",
        1995,
        ("Animation", "Comedy"),
        ("John Lasseter", "Tom Hanks", "Tim Allen"),
        "A cowboy doll is profoundly threatened and jealous when a new spaceman action figure supplants him "
        "as top toy in a boy's bedroom.",
        820,
    ),
    Entry(
        "Forrest Gump",
        1994,
        ("Drama", "Romance"),
        ("Robert Zemeckis", "Tom Hanks", "Robin Wright"),
        "The history of the United States from the 1950s to the seventies unfolds from the perspective of "
        "an Alabama man with an extraordinary life.",
        860,
        maturity_age=13,
    ),
    Entry(
        "Cast Away",
        2000,
        ("Adventure", "Drama"),
        ("Robert Zemeckis", "Tom Hanks"),
        "A courier company executive undergoes a physical and emotional transformation after crash landing "
        "on a deserted island.",
        540,
        maturity_age=13,
    ),
    Entry(
        "Saving Private Ryan",
        1998,
        ("War", "Drama"),
        ("Steven Spielberg", "Tom Hanks", "Matt Damon"),
        "Following the Normandy landings, a group of soldiers go behind enemy lines to retrieve a "
        "paratrooper whose brothers have been killed in action.",
        760,
        maturity_age=16,
    ),
    Entry(
        "Jurassic Park",
        1993,
        ("Sci-Fi", "Adventure"),
        ("Steven Spielberg", "Sam Neill", "Laura Dern"),
        "A pragmatic paleontologist touring an almost complete theme park on an island is tasked with "
        "protecting a couple of kids after a power failure causes the park's cloned dinosaurs to run loose.",
        830,
        maturity_age=13,
    ),
    Entry(
        "Planet Earth",
        2006,
        ("Documentary",),
        ("David Attenborough",),
        "A series on the wildlife found on our planet, from the deserts to the deep oceans.",
        350,
        kind="series",
    ),
    Entry(
        "Crouching Tiger, Hidden Dragon",
        2000,
        ("Action", "Romance"),
        ("Ang Lee", "Chow Yun-fat", "Michelle Yeoh"),
        "A young warrior steals a sword from a famed swordsman and then escapes into a world of romantic "
        "adventure with a mysterious man in the frontier of the nation.",
        420,
        original_title="Wo hu cang long",
        maturity_age=13,
        language="zh",
    ),
    Entry(
        "Pokémon: The First Movie",
        1998,
        ("Animation", "Adventure"),
        ("Kunihiko Yuyama",),
        "Scientists genetically create a new creature, Mewtwo, but the results are horrific and disastrous.",
        330,
        language="ja",
    ),
    # Distractors: more popular, and close to the queries above in spelling or words.
    Entry(
        "Stellar Voyage",
        2020,
        ("Documentary",),
        ("Nina Stellar",),
        "A journey across the solar system and the story of the probes that made it.",
        999,
    ),
    Entry(
        "Interstate 60",
        2002,
        ("Comedy", "Fantasy"),
        ("Bob Gale", "James Marsden"),
        "A young man travels a highway that does not appear on any map.",
        996,
        maturity_age=13,
    ),
    Entry(
        "Intersection",
        1994,
        ("Drama",),
        ("Mark Rydell", "Sharon Stone"),
        "An architect caught between his wife and his lover relives his choices after a car crash.",
        997,
        maturity_age=13,
    ),
    Entry(
        "The Godmother",
        2020,
        ("Comedy",),
        ("Jean-Paul Salomé",),
        "A translator for the drug squad finds herself running a trafficking network.",
        995,
        maturity_age=16,
    ),
    Entry(
        "Amelia",
        2009,
        ("Biography", "Drama"),
        ("Mira Nair", "Hilary Swank"),
        "The story of the aviation pioneer who vanished over the Pacific.",
        994,
    ),
    Entry(
        "Stars Above the Bay",
        2021,
        ("Romance",),
        ("Marta Lin",),
        "A lighthouse keeper writes letters to the stars and to a stranger across the water.",
        993,
    ),
    Entry(
        "Wars of the Roses",
        2019,
        ("History", "War"),
        ("Oliver Grant",),
        "The cousins' war for the English throne, told by the women who watched it.",
        992,
        kind="series",
    ),
    Entry(
        "Knight Rider",
        1982,
        ("Action",),
        ("David Hasselhoff",),
        "A lone crusader and his talking car fight crime in a dark and dangerous world.",
        991,
        kind="series",
    ),
    Entry(
        "Love Actually",
        2003,
        ("Romance", "Comedy"),
        ("Richard Curtis", "Hugh Grant"),
        "Love in its many forms during the frantic weeks before Christmas in London.",
        998,
        maturity_age=13,
    ),
    # Never to be found: not published.
    Entry(
        "Interstellar: Extended Cut",
        2014,
        ("Sci-Fi",),
        ("Christopher Nolan",),
        "The wormhole journey with an hour of unseen footage.",
        5000,
        published=False,
    ),
    Entry(
        "Secret Wormhole Project",
        2026,
        ("Sci-Fi",),
        ("Tom Hanks",),
        "An unannounced series about a wormhole.",
        5000,
        kind="series",
        published=False,
    ),
]


@dataclass
class LoadedCatalog:
    titles: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    genres: dict[str, int] = field(default_factory=dict)

    def name_of(self, title_id: int) -> str:
        return next(name for name, known in self.titles.items() if known == title_id)


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


async def load_catalog(session: AsyncSession, entries: list[Entry] = CATALOG) -> LoadedCatalog:
    """Write ``entries`` with their genres, languages, people and credits in one transaction."""
    loaded = LoadedCatalog()
    genres = {name: Genre(slug=slug(name), name=name) for e in entries for name in e.genres}
    languages = {code: Language(code=code, name=code.upper()) for code in {e.language for e in entries}}
    people = {name: Person(name=name) for e in entries for name in e.people}
    session.add_all([*genres.values(), *languages.values(), *people.values()])
    await session.flush()
    now = utcnow()
    titles = []
    for entry in entries:
        title = Title(
            kind=entry.kind,
            title=entry.title,
            sort_title=sort_title(entry.title),
            original_title=entry.original_title,
            synopsis=entry.synopsis,
            release_year=entry.year,
            duration_s=6000 if entry.kind == "movie" else None,
            maturity_age=entry.maturity_age,
            language_id=languages[entry.language].id,
            popularity=entry.popularity,
            is_published=entry.published,
            published_at=now if entry.published else None,
        )
        titles.append(title)
    session.add_all(titles)
    await session.flush()
    for entry, title in zip(entries, titles, strict=True):
        session.add_all(TitleGenre(title_id=title.id, genre_id=genres[name].id) for name in entry.genres)
        session.add_all(
            Credit(title_id=title.id, person_id=people[name].id, role="cast", billing_order=order)
            for order, name in enumerate(entry.people)
        )
        loaded.titles[entry.title] = title.id
    await session.commit()
    loaded.people = {name: person.id for name, person in people.items()}
    loaded.genres = {name: genre.id for name, genre in genres.items()}
    return loaded
