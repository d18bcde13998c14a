"""Name pools for the demo office: plausible Norwegian and Swedish people and teams.

The pools are large enough that a 5,000-person organisation gets unique names
without numbering anyone; when a combination repeats, a middle initial is added
(``people.name`` is unique in the file, as it is in any HR list).
"""

from __future__ import annotations

from typing import Final

NORWEGIAN_FIRST: Final = (
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg",
    "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth",
    "Kristin", "Tone", "Silje", "Hanne", "Camilla", "Heidi", "Ragnhild", "Julie", "Nora",
    "Emma", "Sara", "Thea", "Ingeborg", "Sofie", "Mari", "Kjersti", "Gunn", "Torill",
    "Wenche", "Mette", "Linn", "Tuva", "Maja", "Frida", "Vilde", "Ane", "Guro", "Sigrid",
    "Åse", "Turid", "Synnøve", "Line", "Stine", "Trine", "Karoline", "Mathilde", "Oda",
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
    "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "John",
    "Anders", "Rune", "Trond", "Tore", "Jon", "Harald", "Kristian", "Espen", "Eirik",
    "Magnus", "Henrik", "Jonas", "Sindre", "Håkon", "Fredrik", "Øyvind", "Stian", "Vegard",
    "Sigurd", "Ola", "Even", "Aksel", "Emil", "Jakob", "Sander", "Tobias", "Mathias",
    "Kristoffer", "Einar", "Gunnar", "Steinar", "Leif", "Dag", "Egil", "Halvard", "Torbjørn",
    "Amir", "Fatima", "Ali", "Aisha", "Mohammed", "Sana", "Piotr", "Agnieszka", "Tomasz",
    "Ewa", "Daniel", "Sofia", "Elias", "Leah", "Noah", "Aurora", "Filip", "Hedda",
)  # fmt: skip

NORWEGIAN_LAST: Final = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
    "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen",
    "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ahmed", "Lunde", "Solheim",
    "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm", "Lien",
    "Hauge", "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas",
    "Myhre", "Hanssen", "Ali", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen",
    "Berntsen", "Sandvik", "Rønning", "Arnesen", "Antonsen", "Næss", "Vik", "Haug",
    "Ellingsen", "Thorsen", "Edvardsen", "Birkeland", "Isaksen", "Gulbrandsen", "Ruud",
    "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Eliassen", "Helland", "Bøe",
    "Jenssen", "Aune", "Mikkelsen", "Tveit", "Brekke", "Abrahamsen", "Madsen", "Kvalheim",
    "Fjeld", "Dalen", "Aasland", "Kowalski", "Nowak", "Khan", "Hussain", "Tran", "Stensrud",
    "Vold", "Løken", "Engen", "Foss", "Rønningen", "Bråten", "Skogen", "Nordby", "Lyngstad",
    "Torgersen", "Austad", "Grønli", "Hovland", "Kleppe", "Langeland", "Øien", "Sunde",
)  # fmt: skip

SWEDISH_FIRST: Final = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Elin", "Johanna", "Linnéa", "Malin", "Ebba", "Wilma", "Alice", "Maja", "Elsa", "Astrid",
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jonas", "Fredrik",
    "Magnus", "Oskar", "Gustav", "Viktor", "Axel", "Linus", "Hugo", "Filip", "Nils", "Björn",
)  # fmt: skip

SWEDISH_LAST: Final = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Sjöberg",
    "Forsberg", "Wallin", "Engström", "Danielsson",
)  # fmt: skip

#: Departments a Norwegian company of a few thousand people might have.
TEAM_FUNCTIONS: Final = (
    "Økonomi", "Regnskap", "Lønn", "Innkjøp", "HR", "Rekruttering", "IT-drift", "Brukerstøtte",
    "Plattform", "Utvikling", "Data og analyse", "Informasjonssikkerhet", "Arkitektur",
    "Produkt", "Design", "Marked", "Kommunikasjon", "Salg bedrift", "Salg privat",
    "Kundeservice", "Juridisk", "Compliance", "Prosjektkontor", "Eiendom", "Logistikk",
    "Kvalitet", "Strategi", "Forretningsutvikling", "Risikostyring", "Internrevisjon",
)  # fmt: skip

_FOLD: Final = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", " ": "."}
)


def email_local_part(name: str) -> str:
    """``"Bjørn Sæther"`` -> ``"bjorn.saether"``: what a Norwegian IT department would do."""
    return name.lower().translate(_FOLD).replace("..", ".")
