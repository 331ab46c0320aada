"""Seedable generator of realistic synthetic English news articles for benchmarking ``kg``.

Runs of 1,000 to 10,000 articles need no outside data: everything is composed from word lists in
this file with the standard library only.

How it works
------------
* A *universe* of entities is built once from the seed: a few thousand people (given names and
  surnames from many cultures, each with a fixed job title and employer), about two thousand
  organizations (companies from name parts and sector suffixes, ministries, regulators,
  universities, unions, think tanks), ~85 real world cities in ~55 countries, and named recurring
  events (summits, forums, conferences).
* Each entity gets a popularity rank; every article draws its cast from a Zipf-like
  distribution, so a few entities recur across many articles and most are rare.
* Each article picks a story type (acquisition, launch, earnings, summit, strike, policy,
  investment, research, partnership) and fills dozens of sentence templates: a dateline
  ("NAIROBI, Oct. 14, 2026 —"), a headline (sometimes "X says ..."), job titles and roles, direct
  quotes in several forms, reported speech, pronouns referring back to speakers, organizations
  that speak, events with places and dates, and filler so bodies run 250-600 words.
* Article ``i`` is generated from its own random stream derived from ``(seed, i)``, so the output
  is byte-identical for the same seed, and the first N articles do not depend on ``--count``.

Usage::

    python benchmarks/generate.py --count 1000 --seed 7 --out /tmp/news
    python benchmarks/generate.py --count 10000 --seed 7 --out /tmp/news --format jsonl

or from Python::

    from benchmarks.generate import generate
    for article in generate(1000, seed=7):
        ...
"""

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")

YEAR = 2026
ZIPF_EXPONENT = 1.05
MIN_WORDS = 250
MAX_WORDS = 600

# --------------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------------

# culture -> (male given names, female given names, surnames, surname first?)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]] = {
    "anglo": (
        ("James", "Michael", "David", "Robert", "Daniel", "Thomas", "Andrew", "Christopher", "Matthew", "Brian",
         "Kevin", "Richard", "Peter", "Mark", "Steven", "Paul", "George", "Edward"),
        ("Sarah", "Emily", "Jennifer", "Laura", "Rachel", "Karen", "Rebecca", "Hannah", "Megan", "Catherine",
         "Elizabeth", "Amanda", "Claire", "Natalie", "Victoria", "Alice", "Joanna", "Fiona"),
        ("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore",
         "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "Wright", "Scott",
         "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
         "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Bennett",
         "Hughes", "Price", "Foster", "Sullivan", "Russell", "Fletcher", "Palmer", "Gallagher", "Whitaker"),
        False,
    ),
    "hispanic": (
        ("Carlos", "Jose", "Luis", "Miguel", "Javier", "Alejandro", "Diego", "Fernando", "Ricardo", "Andres",
         "Pablo", "Sergio", "Mateo", "Gonzalo"),
        ("Maria", "Ana", "Lucia", "Sofia", "Carmen", "Isabel", "Valentina", "Gabriela", "Elena", "Paula",
         "Daniela", "Camila", "Ximena", "Rocio"),
        ("Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
         "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Ortiz", "Castillo", "Romero", "Vargas",
         "Mendoza", "Rojas", "Navarro", "Herrera", "Medina", "Aguilar", "Castro", "Ruiz", "Jimenez", "Alvarez",
         "Moreno", "Salazar", "Guerrero"),
        False,
    ),
    "portuguese": (
        ("Joao", "Pedro", "Rafael", "Lucas", "Gustavo", "Rodrigo", "Thiago", "Bruno", "Marcelo", "Eduardo",
         "Felipe", "Vinicius"),
        ("Ana", "Beatriz", "Juliana", "Fernanda", "Mariana", "Larissa", "Camila", "Patricia", "Renata", "Leticia",
         "Tatiana", "Raquel"),
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Carvalho", "Almeida", "Ferreira", "Ribeiro",
         "Barbosa", "Rocha", "Lima", "Araujo", "Cardoso", "Nascimento", "Teixeira", "Moura", "Mendes", "Freitas"),
        False,
    ),
    "german": (
        ("Thomas", "Stefan", "Andreas", "Markus", "Jens", "Matthias", "Tobias", "Florian", "Juergen", "Klaus",
         "Wolfgang", "Lukas", "Felix", "Dieter"),
        ("Anna", "Katrin", "Julia", "Sabine", "Petra", "Claudia", "Susanne", "Lena", "Miriam", "Ute", "Birgit",
         "Annika", "Franziska", "Heike"),
        ("Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Krueger",
         "Lange", "Werner", "Krause", "Lehmann", "Schmitt", "Vogel", "Fuchs", "Brandt", "Keller", "Berger"),
        False,
    ),
    "french": (
        ("Jean", "Pierre", "Nicolas", "Philippe", "Antoine", "Julien", "Mathieu", "Olivier", "Francois", "Laurent",
         "Guillaume", "Benoit", "Thierry"),
        ("Marie", "Camille", "Sophie", "Claire", "Isabelle", "Amelie", "Nathalie", "Celine", "Aurelie", "Juliette",
         "Helene", "Margaux", "Agnes"),
        ("Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Simon", "Lefebvre", "Michel", "Garnier", "Faure",
         "Rousseau", "Blanc", "Guerin", "Roussel", "Perrin", "Morin", "Clement", "Gauthier", "Dumont", "Fontaine",
         "Chevalier", "Robin", "Masson", "Lambert", "Bonnet", "Girard", "Mercier", "Lemaire"),
        False,
    ),
    "italian": (
        ("Marco", "Luca", "Giuseppe", "Alessandro", "Matteo", "Francesco", "Andrea", "Stefano", "Giorgio", "Paolo",
         "Lorenzo", "Davide"),
        ("Giulia", "Francesca", "Chiara", "Federica", "Valentina", "Elisa", "Silvia", "Martina", "Alessia",
         "Roberta", "Paola", "Serena"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
         "Gallo", "Conti", "De Luca", "Mancini", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana",
         "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone"),
        False,
    ),
    "greek": (
        ("Nikos", "Giorgos", "Dimitris", "Kostas", "Yannis", "Andreas", "Christos", "Panagiotis"),
        ("Maria", "Eleni", "Katerina", "Sofia", "Ioanna", "Despina", "Vasiliki", "Georgia"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Pappas", "Vlachos", "Karras", "Dimitriou",
         "Alexiou", "Economou", "Antonopoulos", "Makris"),
        False,
    ),
    "nordic": (
        ("Lars", "Erik", "Anders", "Johan", "Mikael", "Henrik", "Jan", "Pieter", "Sven", "Bjorn", "Nils", "Joost",
         "Magnus", "Ruben"),
        ("Ingrid", "Astrid", "Karin", "Sofie", "Maja", "Liv", "Sanne", "Eva", "Freya", "Annika", "Hanna", "Femke",
         "Linnea", "Marit"),
        ("Andersen", "Johansson", "Larsen", "Nilsson", "Hansen", "Eriksson", "Lindqvist", "Berg", "Nielsen",
         "Jensen", "Virtanen", "Korhonen", "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Mulder",
         "de Jong", "Haugen", "Lindberg"),
        False,
    ),
    "slavic": (
        ("Alexei", "Dmitri", "Sergei", "Andrei", "Ivan", "Mikhail", "Oleksandr", "Pavel", "Tomasz", "Piotr",
         "Marek", "Jakub", "Viktor", "Bogdan"),
        ("Olga", "Natalia", "Irina", "Tatiana", "Svetlana", "Anna", "Katarzyna", "Agnieszka", "Oksana", "Yulia",
         "Marta", "Ewa", "Daria", "Zofia"),
        ("Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Morozov", "Novak", "Kowalski",
         "Wisniewski", "Nowak", "Kaminski", "Lewandowski", "Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko",
         "Horvat", "Dvorak", "Zielinski", "Melnyk"),
        False,
    ),
    "turkish": (
        ("Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Murat", "Can", "Kerem", "Serkan", "Volkan"),
        ("Ayse", "Elif", "Zeynep", "Fatma", "Selin", "Deniz", "Ebru", "Merve", "Esra", "Gizem"),
        ("Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic",
         "Aslan", "Cetin", "Kurt", "Ozdemir", "Polat"),
        False,
    ),
    "arabic": (
        ("Mohammed", "Ahmed", "Omar", "Khalid", "Youssef", "Hassan", "Ali", "Tariq", "Karim", "Faisal", "Samir",
         "Walid", "Imran", "Bilal"),
        ("Fatima", "Aisha", "Layla", "Mariam", "Nour", "Yasmin", "Salma", "Huda", "Rania", "Dina", "Leila",
         "Amira", "Ayesha", "Sana"),
        ("Al-Farsi", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hamdan", "Aziz", "Rahman", "El-Sayed",
         "Abdullah", "Ibrahim", "Hussein", "Mahmoud", "Farouk", "Darwish", "Al-Mansouri", "Suleiman", "Qureshi",
         "Malik", "Siddiqui", "Chaudhry", "Hossain", "Benali"),
        False,
    ),
    "hebrew": (
        ("David", "Yosef", "Avi", "Eitan", "Noam", "Amir", "Ronen", "Gil"),
        ("Tamar", "Noa", "Yael", "Shira", "Maya", "Michal", "Dana", "Orly"),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Katz", "Shapiro", "Avraham", "Ben-David",
         "Goldberg", "Shalev"),
        False,
    ),
    "west_african": (
        ("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi", "Babatunde", "Kwame", "Kofi", "Yaw", "Obinna",
         "Segun", "Musa", "Kwabena", "Chukwuma"),
        ("Ngozi", "Chioma", "Adaeze", "Funmilayo", "Amara", "Yetunde", "Ama", "Abena", "Efua", "Zainab", "Folake",
         "Nneka", "Akosua", "Bisola"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye", "Mensah", "Boateng",
         "Asante", "Owusu", "Obi", "Nwachukwu", "Abubakar", "Bello", "Ibekwe", "Ojo", "Afolabi", "Danjuma",
         "Appiah", "Oduya"),
        False,
    ),
    "east_african": (
        ("Abebe", "Tesfaye", "Dawit", "Baraka", "Juma", "Samuel", "Joseph", "Yonas", "Thabo", "Sipho", "Peter",
         "Wafula"),
        ("Wanjiru", "Achieng", "Amina", "Zawadi", "Makena", "Nyokabi", "Hirut", "Meseret", "Tigist", "Halima",
         "Nomvula", "Lerato"),
        ("Kamau", "Mwangi", "Otieno", "Ochieng", "Njoroge", "Kiprono", "Mutua", "Kariuki", "Odhiambo", "Wekesa",
         "Tadesse", "Bekele", "Haile", "Girma", "Alemu", "Ndlovu", "Dlamini", "Nkosi", "Mokoena", "Khumalo"),
        False,
    ),
    "indian": (
        ("Rahul", "Amit", "Vikram", "Arjun", "Sanjay", "Rajesh", "Anil", "Suresh", "Karthik", "Rohan", "Nikhil",
         "Arun", "Siddharth", "Manish"),
        ("Priya", "Anjali", "Neha", "Kavita", "Sunita", "Deepa", "Meera", "Pooja", "Lakshmi", "Divya", "Shreya",
         "Anita", "Aditi", "Radhika"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Joshi", "Rao", "Desai",
         "Chopra", "Kapoor", "Malhotra", "Banerjee", "Chatterjee", "Mukherjee", "Bhat", "Menon", "Pillai", "Verma",
         "Agarwal", "Shah", "Krishnan", "Chowdhury"),
        False,
    ),
    "chinese": (
        ("Wei", "Hao", "Lei", "Jun", "Tao", "Ming", "Qiang", "Bo", "Jian", "Yong", "Zhiwei", "Haoran", "Yifan",
         "Xiaodong"),
        ("Jing", "Xiu", "Mei", "Yan", "Fang", "Hui", "Xiaoling", "Ying", "Lan", "Na", "Yuxin", "Ruolan", "Shu",
         "Jiayi"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
         "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Song", "Han", "Deng", "Cao",
         "Peng", "Tan"),
        True,
    ),
    "japanese": (
        ("Hiroshi", "Takashi", "Kenji", "Daisuke", "Satoshi", "Kazuo", "Takeshi", "Haruto", "Ryo", "Shinji",
         "Makoto", "Naoki"),
        ("Yuko", "Akiko", "Naomi", "Keiko", "Mai", "Haruka", "Sakura", "Emi", "Aiko", "Yumi", "Rie", "Kaori"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
         "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori",
         "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Okada", "Fujita", "Goto", "Hasegawa", "Murakami"),
        False,
    ),
    "korean": (
        ("Min-jun", "Seo-jun", "Ji-hoon", "Hyun-woo", "Dong-hyun", "Jae-won", "Sung-min", "Tae-yang"),
        ("Ji-woo", "Seo-yeon", "Min-seo", "Ha-eun", "Soo-jin", "Eun-ji", "Hye-jin", "Yoo-na"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon",
         "Hwang", "Ahn", "Yoo", "Hong"),
        True,
    ),
    "vietnamese": (
        ("Van Minh", "Duc Anh", "Quang Huy", "Van Thanh", "Minh Tuan", "Hoang Nam"),
        ("Thi Lan", "Thi Hoa", "Thu Trang", "Ngoc Anh", "Thanh Huong", "Bich Ngoc"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"),
        True,
    ),
    "thai": (
        ("Somchai", "Niran", "Anan", "Kittisak", "Prasert", "Surasak"),
        ("Siriporn", "Malee", "Pranee", "Nattaya", "Kanokwan", "Ratana"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Thongchai", "Rattanakorn", "Suksawat", "Boonmee", "Kittikhun"),
        False,
    ),
    "malay": (
        ("Budi", "Agus", "Hendra", "Rizal", "Ahmad", "Farid", "Hafiz", "Irwan"),
        ("Siti", "Dewi", "Putri", "Nurul", "Rina", "Wulan", "Aisyah", "Intan"),
        ("Santoso", "Wijaya", "Hidayat", "Saputra", "Halim", "Ismail", "Setiawan", "Kusuma", "Rahmat", "Hashim"),
        False,
    ),
    "filipino": (
        ("Jose", "Mark", "Paolo", "Rafael", "Miguel", "Carlo", "Ramon", "Angelo"),
        ("Maria", "Kristine", "Angelica", "Joy", "Camille", "Patricia", "Bea", "Czarina"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Villanueva", "Ramos", "Aquino", "Mercado", "Dela Cruz",
         "Navarro", "Gatchalian", "Tolentino"),
        False,
    ),
}

ANGLO_INITIALS = "ABCDEFGHJKLMNPRSTW"


@dataclass(frozen=True)
class Country:
    name: str
    adj: str
    the: bool
    region: str
    cultures: tuple[tuple[str, int], ...]
    dept_style: bool = False  # "Department of Energy" and secretaries instead of ministries and ministers

    @property
    def ref(self) -> str:
        return f"the {self.name}" if self.the else self.name

    @property
    def poss(self) -> str:
        if self.dept_style:
            return "the U.S."
        return f"the {self.name}'" if self.the and self.name.endswith("s") else f"{self.ref}'s"


def _c(name: str, adj: str, region: str, cultures: str, the: bool = False, dept: bool = False) -> Country:
    pairs = tuple((c.split(":")[0], int(c.split(":")[1]) if ":" in c else 1) for c in cultures.split())
    return Country(name, adj, the, region, pairs, dept)


NA, LA, EU, ME, AF = "North America", "Latin America", "Europe", "the Middle East", "Africa"
SA, SEA, EA, PAC = "South Asia", "Southeast Asia", "East Asia", "the Asia-Pacific region"

COUNTRIES: tuple[Country, ...] = (
    _c("United States", "U.S.", NA, "anglo:8 hispanic:2 chinese indian korean", the=True, dept=True),
    _c("Canada", "Canadian", NA, "anglo:5 french:2 chinese indian"),
    _c("Mexico", "Mexican", LA, "hispanic"),
    _c("Brazil", "Brazilian", LA, "portuguese:6 italian japanese"),
    _c("Argentina", "Argentine", LA, "hispanic:4 italian"),
    _c("Chile", "Chilean", LA, "hispanic"),
    _c("Peru", "Peruvian", LA, "hispanic"),
    _c("Colombia", "Colombian", LA, "hispanic"),
    _c("Britain", "British", EU, "anglo:6 indian arabic"),
    _c("Ireland", "Irish", EU, "anglo"),
    _c("France", "French", EU, "french:6 arabic"),
    _c("Germany", "German", EU, "german:6 turkish slavic"),
    _c("Spain", "Spanish", EU, "hispanic"),
    _c("Portugal", "Portuguese", EU, "portuguese"),
    _c("Italy", "Italian", EU, "italian"),
    _c("Netherlands", "Dutch", EU, "nordic:5 turkish", the=True),
    _c("Belgium", "Belgian", EU, "french:2 nordic:2"),
    _c("Switzerland", "Swiss", EU, "german:3 french:2 italian"),
    _c("Austria", "Austrian", EU, "german"),
    _c("Sweden", "Swedish", EU, "nordic"),
    _c("Norway", "Norwegian", EU, "nordic"),
    _c("Denmark", "Danish", EU, "nordic"),
    _c("Finland", "Finnish", EU, "nordic"),
    _c("Poland", "Polish", EU, "slavic"),
    _c("Czech Republic", "Czech", EU, "slavic", the=True),
    _c("Greece", "Greek", EU, "greek"),
    _c("Turkey", "Turkish", EU, "turkish"),
    _c("Russia", "Russian", EU, "slavic"),
    _c("Ukraine", "Ukrainian", EU, "slavic"),
    _c("Egypt", "Egyptian", AF, "arabic"),
    _c("Nigeria", "Nigerian", AF, "west_african"),
    _c("Kenya", "Kenyan", AF, "east_african"),
    _c("South Africa", "South African", AF, "east_african:3 anglo"),
    _c("Ethiopia", "Ethiopian", AF, "east_african"),
    _c("Ghana", "Ghanaian", AF, "west_african"),
    _c("Morocco", "Moroccan", AF, "arabic:3 french"),
    _c("United Arab Emirates", "Emirati", ME, "arabic:3 indian", the=True),
    _c("Saudi Arabia", "Saudi", ME, "arabic"),
    _c("Qatar", "Qatari", ME, "arabic"),
    _c("Israel", "Israeli", ME, "hebrew"),
    _c("India", "Indian", SA, "indian"),
    _c("Pakistan", "Pakistani", SA, "arabic"),
    _c("Bangladesh", "Bangladeshi", SA, "indian:2 arabic"),
    _c("Singapore", "Singaporean", SEA, "chinese:3 malay indian"),
    _c("Indonesia", "Indonesian", SEA, "malay"),
    _c("Malaysia", "Malaysian", SEA, "malay:3 chinese"),
    _c("Thailand", "Thai", SEA, "thai"),
    _c("Vietnam", "Vietnamese", SEA, "vietnamese"),
    _c("Philippines", "Philippine", SEA, "filipino", the=True),
    _c("China", "Chinese", EA, "chinese"),
    _c("Taiwan", "Taiwanese", EA, "chinese"),
    _c("South Korea", "South Korean", EA, "korean"),
    _c("Japan", "Japanese", EA, "japanese"),
    _c("Australia", "Australian", PAC, "anglo:6 chinese"),
    _c("New Zealand", "New Zealand", PAC, "anglo"),
)
COUNTRY_BY_NAME = {c.name: c for c in COUNTRIES}

CITY_TABLE: tuple[tuple[str, str], ...] = (
    ("New York", "United States"), ("Washington", "United States"), ("Chicago", "United States"),
    ("San Francisco", "United States"), ("Houston", "United States"), ("Los Angeles", "United States"),
    ("Boston", "United States"), ("Toronto", "Canada"), ("Vancouver", "Canada"), ("Mexico City", "Mexico"),
    ("Sao Paulo", "Brazil"), ("Rio de Janeiro", "Brazil"), ("Buenos Aires", "Argentina"), ("Santiago", "Chile"),
    ("Lima", "Peru"), ("Bogota", "Colombia"), ("London", "Britain"), ("Manchester", "Britain"),
    ("Edinburgh", "Britain"), ("Dublin", "Ireland"), ("Paris", "France"), ("Lyon", "France"),
    ("Marseille", "France"), ("Berlin", "Germany"), ("Munich", "Germany"), ("Frankfurt", "Germany"),
    ("Hamburg", "Germany"), ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Lisbon", "Portugal"),
    ("Rome", "Italy"), ("Milan", "Italy"), ("Amsterdam", "Netherlands"), ("Rotterdam", "Netherlands"),
    ("Brussels", "Belgium"), ("Zurich", "Switzerland"), ("Geneva", "Switzerland"), ("Vienna", "Austria"),
    ("Stockholm", "Sweden"), ("Oslo", "Norway"), ("Copenhagen", "Denmark"), ("Helsinki", "Finland"),
    ("Warsaw", "Poland"), ("Prague", "Czech Republic"), ("Athens", "Greece"), ("Istanbul", "Turkey"),
    ("Ankara", "Turkey"), ("Moscow", "Russia"), ("Kyiv", "Ukraine"), ("Cairo", "Egypt"), ("Lagos", "Nigeria"),
    ("Abuja", "Nigeria"), ("Nairobi", "Kenya"), ("Johannesburg", "South Africa"), ("Cape Town", "South Africa"),
    ("Addis Ababa", "Ethiopia"), ("Accra", "Ghana"), ("Casablanca", "Morocco"),
    ("Dubai", "United Arab Emirates"), ("Abu Dhabi", "United Arab Emirates"), ("Riyadh", "Saudi Arabia"),
    ("Doha", "Qatar"), ("Tel Aviv", "Israel"), ("Mumbai", "India"), ("New Delhi", "India"),
    ("Bengaluru", "India"), ("Karachi", "Pakistan"), ("Dhaka", "Bangladesh"), ("Singapore", "Singapore"),
    ("Jakarta", "Indonesia"), ("Kuala Lumpur", "Malaysia"), ("Bangkok", "Thailand"), ("Hanoi", "Vietnam"),
    ("Ho Chi Minh City", "Vietnam"), ("Manila", "Philippines"), ("Beijing", "China"), ("Shanghai", "China"),
    ("Shenzhen", "China"), ("Hong Kong", "China"), ("Taipei", "Taiwan"), ("Seoul", "South Korea"),
    ("Tokyo", "Japan"), ("Osaka", "Japan"), ("Sydney", "Australia"), ("Melbourne", "Australia"),
    ("Auckland", "New Zealand"),
)


@dataclass(frozen=True)
class City:
    name: str
    country: Country


CITIES: tuple[City, ...] = tuple(City(name, COUNTRY_BY_NAME[country]) for name, country in CITY_TABLE)


@dataclass(frozen=True)
class Sector:
    key: str
    noun: str  # "the {noun} industry"
    suffixes: tuple[str, ...]
    weight: int
    metric: str  # "as {metric} recovered"
    branded: tuple[str, ...]  # product kinds sold under a brand name
    plain: tuple[str, ...]  # product kinds without a brand ("a new solar park")
    facility: str
    policy: str
    workers: str  # union group
    ops: str  # what a strike disrupts
    research: str  # subject of a study
    area: str  # partnership area
    ministry: str  # portfolio
    agency: str
    event_topic: str


SECTORS: tuple[Sector, ...] = (
    Sector("logistics", "logistics", ("Logistics", "Shipping", "Freight", "Transport", "Express"), 10,
           "shipping volumes", ("delivery robot", "freight-booking app"),
           ("automated warehouse", "cross-border rail freight service"), "distribution hub",
           "new emissions limits for heavy trucks", "Dockworkers", "port operations and deliveries",
           "supply chain delays", "automated logistics", "Transport", "Transport Safety Authority", "Mobility"),
    Sector("energy", "energy", ("Energy", "Power", "Renewables", "Utilities", "Petroleum"), 10,
           "power demand", ("home battery", "electric vehicle charger"), ("offshore wind farm", "solar park"),
           "battery factory", "a windfall tax on energy producers", "Energy Workers", "power supplies",
           "household energy bills", "clean energy", "Energy", "Energy Regulatory Commission", "Energy"),
    Sector("tech", "technology", ("Technologies", "Systems", "Software", "Networks", "Robotics", "Semiconductors",
                                  "Analytics", "Labs", "Digital"), 14,
           "demand for cloud services", ("AI assistant", "laptop", "cloud security platform", "smartphone chip"),
           ("data center",), "data center", "new rules on how companies use artificial intelligence",
           "Tech Workers", "customer support services", "the use of artificial intelligence at work",
           "artificial intelligence", "Digital Affairs", "Data Protection Authority", "Technology"),
    Sector("finance", "banking", ("Capital", "Bank", "Securities", "Asset Management", "Financial", "Insurance",
                                  "Partners", "Investments"), 12,
           "lending", ("digital banking app", "payments platform", "savings app"), ("green bond fund",),
           "technology hub", "tighter capital requirements for banks", "Bank Employees", "branch services",
           "household debt", "digital payments", "Finance", "Financial Supervisory Authority", "Finance"),
    Sector("industrial", "manufacturing", ("Holdings", "Group", "Industries", "Steel", "Materials", "Mining",
                                           "Aerospace", "Engineering"), 12,
           "orders", ("industrial robot", "regional jet"), ("steel recycling plant", "lithium refinery"),
           "manufacturing plant", "new subsidies for domestic manufacturers", "Metalworkers", "production",
           "factory automation", "advanced manufacturing", "Industry", "Competition Authority", "Infrastructure"),
    Sector("autos", "auto", ("Motors", "Automotive", "Mobility"), 7,
           "vehicle sales", ("electric SUV", "hybrid pickup truck", "compact electric car"), ("battery plant",),
           "vehicle assembly plant", "tax credits for electric vehicles", "Autoworkers", "vehicle production",
           "electric vehicle adoption", "electric vehicles", "Industry", "Vehicle Standards Agency", "Mobility"),
    Sector("consumer", "consumer goods", ("Foods", "Retail", "Brands", "Beverages", "Apparel", "Markets"), 9,
           "consumer spending", ("plant-based snack range", "sports drink", "sneaker line"),
           ("online grocery service", "chain of discount stores"), "distribution center", "a tax on sugary drinks",
           "Retail Workers", "store operations", "food prices", "sustainable packaging", "Trade",
           "Consumer Protection Agency", "Trade"),
    Sector("health", "pharmaceutical", ("Pharmaceuticals", "Biotech", "Health", "Medical", "Therapeutics"), 8,
           "drug sales", ("diabetes drug", "rapid diagnostic test", "hearing aid", "cancer therapy"), (),
           "vaccine plant", "price controls on prescription drugs", "Health Workers", "drug production",
           "hospital waiting times", "drug discovery", "Health", "Medicines Agency", "Health"),
    Sector("telecom", "telecommunications", ("Telecom", "Communications", "Media", "Mobile", "Broadband"), 7,
           "subscriber growth", ("satellite broadband service", "smartphone", "streaming service"), ("5G network",),
           "network operations center", "rules requiring operators to share network infrastructure",
           "Communication Workers", "repairs and installations", "rural internet access", "satellite connectivity",
           "Digital Affairs", "Telecommunications Regulator", "Technology"),
    Sector("airlines", "aviation", ("Airlines", "Airways", "Air", "Aviation"), 5,
           "passenger traffic", ("premium economy cabin",), ("low-cost subsidiary", "direct route to {city2}"),
           "maintenance base", "a levy on short-haul flights", "Pilots", "hundreds of flights",
           "aviation emissions", "sustainable aviation fuel", "Transport", "Civil Aviation Authority", "Aviation"),
)
SECTOR_BY_KEY = {s.key: s for s in SECTORS}

NAME_PARTS = (
    "Apex", "Meridian", "Northwind", "Bluewater", "Silverline", "Crescent", "Summit", "Horizon", "Atlas",
    "Pinnacle", "Redwood", "Ironbridge", "Evergreen", "Harborview", "Keystone", "Lighthouse", "Oakridge",
    "Riverbend", "Starling", "Stonegate", "Sunrise", "Titan", "Westbrook", "Zenith", "Brightwave", "Clearpoint",
    "Copperfield", "Falcon", "Granite", "Greenfield", "Highland", "Kestrel", "Lakeshore", "Maple", "Nova", "Orion",
    "Polaris", "Quantum", "Sapphire", "Sentinel", "Solstice", "Trident", "Unity", "Vertex", "Windward", "Aurora",
    "Beacon", "Cobalt", "Delta", "Emerald", "Fjord", "Galileo", "Helios", "Indigo", "Juniper", "Kinetic", "Lumen",
    "Magnolia", "Nimbus", "Obsidian", "Pacifica", "Radiant", "Sierra", "Tundra", "Vireo", "Willow", "Zephyr",
    "Arclight", "Bramble", "Cascade", "Driftwood", "Ember", "Foxglove", "Goldcrest", "Hawthorne", "Jetstream",
    "Larkspur", "Monarch", "Northstar", "Osprey", "Peregrine", "Quill", "Rosewood", "Saltmarsh", "Tidewater",
    "Upland", "Valiant", "Wavecrest", "Yarrow", "Alderidge", "Bellhaven", "Corvid", "Dunmore", "Eastgate",
)
BRANDS = ("Aria", "Vega", "Echo", "Pulse", "Halo", "Orbit", "Spark", "Terra", "Lyra", "Flux", "Nexa", "Volta",
          "Zara", "Kite", "Mira", "Sola", "Astra", "Rho", "Tessa", "Onyx")
MODELS = ("X2", "One", "Pro", "S", "300", "Max", "Go", "Air", "7", "Plus", "Neo", "Edge")

RESEARCH_FIELDS = ("economics", "public policy", "finance", "engineering", "computer science", "political science",
                   "energy systems", "public health", "international relations", "urban planning", "management")
THINK_TANK_TOPICS = ("Economic", "Energy", "Trade", "Climate", "Technology", "Health", "Labor", "Security",
                     "Urban", "Development")
INTL_ORGS = ("the International Monetary Fund", "the World Bank", "the World Trade Organization",
             "the International Energy Agency", "the Organisation for Economic Co-operation and Development",
             "the United Nations", "the European Central Bank", "the Asian Development Bank",
             "the African Development Bank", "the International Labour Organization")
EVENT_PREFIXES: dict[str, tuple[str, ...]] = {  # prefix -> regions or countries where such an event is held
    "Asia": (EA, SEA, SA), "Africa": (AF,), "Europe": (EU,), "Americas": (NA, LA), "Gulf": (ME,),
    "Pacific": (PAC, EA, SEA), "Nordic": ("Sweden", "Norway", "Denmark", "Finland"),
    "Mediterranean": ("Spain", "France", "Italy", "Greece", "Turkey", "Egypt", "Morocco", "Israel"),
    "Atlantic": ("United States", "Canada", "Britain", "Ireland", "Portugal", "Morocco"),
}
EVENT_KINDS = (("Summit", "the summit"), ("Forum", "the forum"), ("Conference", "the conference"),
               ("Congress", "the congress"), ("Dialogue", "the meeting"), ("Week", "the event"))
SOURCES = (("Global Wire", "globalwire.example"), ("The Daily Ledger", "dailyledger.example"),
           ("Continental Herald", "continentalherald.example"), ("World Dispatch", "worlddispatch.example"),
           ("The Capital Chronicle", "capitalchronicle.example"), ("Pacific Observer", "pacificobserver.example"),
           ("Atlantic Courier", "atlanticcourier.example"), ("The Market Bulletin", "marketbulletin.example"),
           ("Northern Gazette", "northerngazette.example"), ("The Trade Journal", "tradejournal.example"))

MONTH_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTH_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth")
QUARTERS = ("fourth", "first", "second", "third")  # results reported in a month refer to the previous quarter

EXEC_TITLES = (("chief executive", "Chief Executive"), ("chief financial officer", "Chief Financial Officer"),
               ("chief operating officer", "Chief Operating Officer"), ("president", "President"),
               ("chair", "Chair"), ("chief technology officer", "Chief Technology Officer"),
               ("head of strategy", ""), ("founder and chief executive", ""))
ANALYST_TITLES = (("an analyst", "analyst"), ("a senior analyst", "analyst"), ("chief economist", "economist"),
                  ("an economist", "economist"), ("a strategist", "strategist"),
                  ("a portfolio manager", "portfolio manager"), ("head of research", ""))
UNION_TITLES = ("president", "general secretary", "chair", "deputy leader")
THINK_TANK_TITLES = ("a senior fellow", "director of research", "executive director", "a research fellow")
AGENCY_TITLES = ("head", "director general", "chair")
US_DEPARTMENTS = {
    "Finance": ("Department of the Treasury", "treasury secretary", "Treasury Secretary"),
    "Energy": ("Department of Energy", "energy secretary", "Energy Secretary"),
    "Trade": ("Department of Commerce", "commerce secretary", "Commerce Secretary"),
    "Transport": ("Department of Transportation", "transportation secretary", "Transportation Secretary"),
    "Health": ("Department of Health and Human Services", "health secretary", "Health Secretary"),
    "Labor": ("Department of Labor", "labor secretary", "Labor Secretary"),
    "Industry": ("Department of Commerce", "commerce secretary", "Commerce Secretary"),
    "Digital Affairs": ("Office of Science and Technology Policy", "technology adviser", "Technology Adviser"),
    "Foreign Affairs": ("State Department", "secretary of state", "Secretary of State"),
}
MINISTER_TITLES = {
    "Finance": "finance minister", "Energy": "energy minister", "Trade": "trade minister",
    "Transport": "transport minister", "Health": "health minister", "Labor": "labor minister",
    "Industry": "industry minister", "Digital Affairs": "digital affairs minister",
    "Foreign Affairs": "foreign minister",
}

# --------------------------------------------------------------------------------------------------
# Entities and the universe
# --------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Org:
    name: str  # canonical name without a leading "the"
    kind: str  # company, ministry, agency, university, union, think_tank
    short: str  # later mentions: "Meridian", "the ministry"
    generic: str  # "the company", "the ministry", ...
    the: bool
    country: Country
    hq: City | None = None
    sector: Sector | None = None
    portfolio: str = ""
    staff: list["Person"] = field(default_factory=list)

    @property
    def first(self) -> str:
        """First mention in running text."""
        if self.kind == "ministry":
            return f"{self.country.poss} {self.name}"
        return f"the {self.name}" if self.the else self.name

    @property
    def poss(self) -> str:
        return f"{self.short}'" if self.short.endswith("s") else f"{self.short}'s"


@dataclass(eq=False)
class Person:
    name: str
    short: str
    female: bool
    kind: str  # exec, spokes, analyst, minister, mayor, professor, fellow, union, agency
    title: str = ""
    title_cap: str = ""
    org: Org | None = None
    city: City | None = None
    country: Country | None = None
    field: str = ""


@dataclass(eq=False)
class Event:
    name: str  # "Lagos Energy Summit"
    short: str  # "the summit"
    topic: str
    city: City


class Zipf(Generic[T]):
    """Items drawn with probability proportional to 1 / rank ** s (rank = position in the list)."""

    def __init__(self, items: Sequence[T], s: float = ZIPF_EXPONENT) -> None:
        self.items = list(items)
        self.cum = list(accumulate(1.0 / (rank**s) for rank in range(1, len(self.items) + 1)))

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def __len__(self) -> int:
        return len(self.items)


class Universe:
    """All entities of one seed, each list in popularity order."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"kg-benchmark-universe:{seed}")
        self.used_names: set[str] = set()
        self.cities = Zipf(rng.sample(CITIES, len(CITIES)), 0.8)
        self.country_cities: dict[str, list[City]] = {}
        for city in CITIES:
            self.country_cities.setdefault(city.country.name, []).append(city)
        sector_weights = [s.weight for s in SECTORS]

        companies: list[Org] = []
        names: set[str] = set()
        while len(companies) < 1500:
            sector = rng.choices(SECTORS, weights=sector_weights)[0]
            hq = self.cities.pick(rng) if rng.random() < 0.7 else rng.choice(CITIES)
            if rng.random() < 0.15:
                culture = self._culture(rng, hq.country)
                part = rng.choice(CULTURES[culture][2])
            else:
                part = rng.choice(NAME_PARTS)
            name = f"{part} {rng.choice(sector.suffixes)}"
            if name in names:
                continue
            names.add(name)
            org = Org(name, "company", part, "the company", False, hq.country, hq, sector)
            companies.append(org)
            ceo_title = EXEC_TITLES[0] if rng.random() < 0.85 else rng.choice((EXEC_TITLES[3], EXEC_TITLES[7]))
            org.staff.append(self._person(rng, hq.country, "exec", ceo_title, org))
            for _ in range(rng.choice((0, 1, 1, 2))):
                org.staff.append(self._person(rng, hq.country, "exec", rng.choice(EXEC_TITLES[1:]), org))
            if rng.random() < 0.5:
                org.staff.append(self._person(rng, hq.country, "spokes", ("a spokesperson", "spokesperson"), org))
            if sector.key == "finance":
                for _ in range(rng.randint(2, 4)):
                    org.staff.append(self._person(rng, hq.country, "analyst", rng.choice(ANALYST_TITLES), org))
        rng.shuffle(companies)
        self.companies = Zipf(companies)
        self.by_sector = {s.key: Zipf([c for c in companies if c.sector is s]) for s in SECTORS}
        analysts = [p for c in companies for p in c.staff if p.kind == "analyst"]
        self.analysts = Zipf(rng.sample(analysts, len(analysts)), 0.95)

        # ministries (one per country and portfolio), each with a minister and sometimes a spokesperson
        self.ministries: dict[tuple[str, str], Org] = {}
        for country in COUNTRIES:
            for portfolio in MINISTER_TITLES:
                if country.dept_style:
                    dept, title, title_cap = US_DEPARTMENTS[portfolio]
                    same = [m for (name, _), m in self.ministries.items() if name == country.name and m.name == dept]
                    if same:  # Commerce covers both trade and industry
                        self.ministries[(country.name, portfolio)] = same[0]
                        continue
                    org = Org(dept, "ministry", "the department", "the department", True, country)
                else:
                    title = MINISTER_TITLES[portfolio]
                    title_cap = title.title()
                    org = Org(f"Ministry of {portfolio}", "ministry", "the ministry", "the ministry", False, country)
                org.portfolio = portfolio
                org.staff.append(self._person(rng, country, "minister", (title, title_cap), org))
                if rng.random() < 0.4:
                    org.staff.append(self._person(rng, country, "spokes", ("a spokesperson", "spokesperson"), org))
                self.ministries[(country.name, portfolio)] = org

        # regulators
        agencies: list[Org] = []
        for country in COUNTRIES:
            for sector in rng.sample(SECTORS, 4):
                org = Org(f"{country.adj} {sector.agency}", "agency", "the regulator", "the regulator", True,
                          country, sector=sector)
                org.staff.append(self._person(rng, country, "agency", (rng.choice(AGENCY_TITLES), ""), org))
                agencies.append(org)
        self.agencies = {(a.country.name, a.sector.key if a.sector else ""): a for a in agencies}

        # universities and think tanks
        academies: list[Org] = []
        for city in CITIES:
            forms = [(f"University of {city.name}", True)]
            if rng.random() < 0.4:
                forms.append((f"{city.name} Institute of Technology", True))
            if rng.random() < 0.3:
                forms.append((f"{city.name} School of Economics", True))
            for name, the in forms:
                academies.append(Org(name, "university", "the university", "the university", the, city.country,
                                     hq=city))
        for _ in range(40):
            city = rng.choice(CITIES)
            surname = rng.choice(CULTURES[self._culture(rng, city.country)][2])
            name = f"{surname} University"
            if name not in {a.name for a in academies}:
                academies.append(Org(name, "university", "the university", "the university", False, city.country,
                                     hq=city))
        for i in range(120):
            city = self.cities.pick(rng)
            topic = rng.choice(THINK_TANK_TOPICS)
            part = rng.choice(NAME_PARTS)
            name = rng.choice((f"{part} Institute", f"{part} Foundation", f"Center for {topic} Policy",
                               f"Institute for {topic} Studies", f"{part} Policy Institute", f"{part} {topic} Council",
                               f"{city.name} {topic} Institute"))
            if name in {a.name for a in academies} or (i and name.startswith("Center") and rng.random() < 0.5):
                continue
            academies.append(Org(name, "think_tank", "the institute" if "Inst" in name else "the group",
                                 "the group", True, city.country, hq=city))
        for org in academies:
            for _ in range(rng.randint(1, 3)):
                if org.kind == "university":
                    person = self._person(rng, org.country, "professor", ("", ""), org)
                    person.field = rng.choice(RESEARCH_FIELDS)
                else:
                    person = self._person(rng, org.country, "fellow", (rng.choice(THINK_TANK_TITLES), ""), org)
                org.staff.append(person)
        rng.shuffle(academies)
        self.academies = Zipf(academies)

        # unions
        self.unions: dict[tuple[str, str], Org] = {}
        for country in COUNTRIES:
            for sector in SECTORS:
                org = Org(f"{country.adj} {sector.workers} Union", "union", "the union", "the union", True,
                          country, sector=sector)
                org.staff.append(self._person(rng, country, "union", (rng.choice(UNION_TITLES), ""), org))
                self.unions[(country.name, sector.key)] = org

        # mayors
        self.mayors = {city.name: self._person(rng, city.country, "mayor", ("mayor", "Mayor"), None, city)
                       for city in CITIES}

        # recurring named events
        events: list[Event] = []
        event_names: set[str] = set()
        topics = sorted({s.event_topic for s in SECTORS} | {"Climate", "Trade", "Investment", "Food Security"})
        while len(events) < 160:
            topic = rng.choice(topics)
            kind, short = rng.choice(EVENT_KINDS)
            city = self.cities.pick(rng)
            r = rng.random()
            if r < 0.45:
                name = f"{city.name} {topic} {kind}"
            elif r < 0.7:
                prefix, where = rng.choice(list(EVENT_PREFIXES.items()))
                city = rng.choice([c for c in CITIES if c.country.region in where or c.country.name in where])
                name = f"{prefix} {topic} {kind}"
            elif r < 0.85:
                name = f"Global {topic} {kind}"
            else:
                name = f"{rng.choice(NAME_PARTS)} {topic} {kind}"
            if name in event_names:
                continue
            event_names.add(name)
            events.append(Event(name, short, topic, city))
        self.events = Zipf(events)

    @staticmethod
    def _culture(rng: random.Random, country: Country) -> str:
        if rng.random() < 0.12:
            return rng.choice(tuple(CULTURES))
        cultures, weights = zip(*country.cultures, strict=True)
        return rng.choices(cultures, weights=weights)[0]

    def _name(self, rng: random.Random, country: Country) -> tuple[str, str, bool]:
        while True:
            culture = self._culture(rng, country)
            males, females, surnames, family_first = CULTURES[culture]
            female = rng.random() < 0.45
            given = rng.choice(females if female else males)
            surname = rng.choice(surnames)
            if female and culture == "slavic":
                if surname.endswith(("ov", "ev", "in")):
                    surname += "a"
                elif surname.endswith(("ski", "cki")):
                    surname = surname[:-1] + "a"
            if family_first:
                full = f"{surname} {given}"
                short = given.split()[-1] if culture == "vietnamese" else surname
            else:
                middle = f" {rng.choice(ANGLO_INITIALS)}." if culture == "anglo" and rng.random() < 0.1 else ""
                full = f"{given}{middle} {surname}"
                short = surname
            if full not in self.used_names:
                self.used_names.add(full)
                return full, short, female

    def _person(self, rng: random.Random, country: Country, kind: str, title: tuple[str, str], org: Org | None,
                city: City | None = None) -> Person:
        full, short, female = self._name(rng, country)
        return Person(full, short, female, kind, title[0], title[1], org, city, country)

    def count(self) -> dict[str, int]:
        orgs = len(self.companies) + len(set(map(id, self.ministries.values()))) + len(self.agencies)
        orgs += len(self.academies) + len(self.unions)
        return {"people": len(self.used_names), "organizations": orgs, "places": len(CITIES),
                "countries": len(COUNTRIES), "events": len(self.events)}


# --------------------------------------------------------------------------------------------------
# Templates
#
# Slots in braces are filled per article. Dynamic slots track first and later mentions:
#   {P1} {P2} {P3}   a person, introduced with title and employer the first time, by surname later
#   {P1e}            the same at the end of a sentence (no closing comma after an appositive)
#   {P1c}            the same followed by exactly one comma ("According to {P2c} ...")
#   {P} {Pe} {Pc}    the current speaker; {he} {He} {his} {His} {him} its pronouns; {Pl} its surname
#   {O1} {O2} {O3}   an organization, full name the first time, short name or "the company" later
#   {O}              the organization currently speaking; {Og} its generic name
# Static slots: {P1n} full name, {P1l} surname, {he1} ...; {O1n} name, {O1s} short, {O1p} possessive,
#   {city} {country} {region} {amount} {pct} {past_day} {future} {future_when} and more (see Article).
# --------------------------------------------------------------------------------------------------

QUOTE_FIRST = (
    '"{q}," {P} said.',
    '"{q}," said {Pe}.',
    '{P} said: "{q}."',
    '"{q}," {P} told reporters in {city}.',
    '"{q}," {P} said in an interview.',
    '{P} told {source}: "{q}."',
    '"{q}," {P} said {past_day}.',
    '"{q}," {P} said at a news conference.',
    'In an interview with {source}, {P} said: "{q}."',
    '"{q}," said {Pe}, speaking {past_day}.',
    '"{q}," {P} said. "{q2}."',
    '{P} was blunt. "{q}," {he} said.',
)
QUOTE_FOLLOW = (
    '"{q}," {he} added.',
    '"{q}," {he} said.',
    '"{q}," {Pl} added.',
    '{He} added: "{q}."',
    '"{q}," {he} said, adding: "{q2}."',
    'Asked about {issue}, {he} said: "{q}."',
)
REPORT_FIRST = (
    "{P} said that {r}.",
    "{P} said {r}.",
    "{P} said {past_day} that {r}.",
    "According to {Pc} {r}.",
    "{P} told reporters that {r}.",
    "{P} noted that {r}.",
    "{P} argued that {r}.",
    "In an interview, {P} said {r}.",
    "{P} told {source} that {r}.",
)
REPORT_FOLLOW = (
    "{He} added that {r}.",
    "{He} said {r}.",
    "{Pl} also said that {r}.",
    "{He} noted that {r}.",
    "{He} told reporters that {r}.",
    "{He} stressed that {r}.",
)
WARN_FIRST = ("{P} warned that {w}.", "{P} cautioned that {w}.", "But {P} warned that {w}.")
WARN_FOLLOW = ("{He} warned that {w}.", "But {he} cautioned that {w}.", "{He} also warned that {w}.")
CLOSE_FOLLOW = (
    "{He} declined to give further details.",
    "{He} did not give a timeline.",
    "{He} declined to comment on {issue}.",
    "{He} did not say how much the plan would cost.",
)
STATEMENT = (
    "{O} said in a statement that {s}.",
    "{O} said {s}.",
    "In a statement, {O} said {s}.",
    "{O} said in a statement {past_day} that {s}.",
    "According to {O}, {s}.",
    "{O} said on its website that {s}.",
    "A spokesperson for {O} said {s}.",
)
STATEMENT_COMPANY = ("{O} said in a filing that {s}.", "{O} said in a stock exchange filing {past_day} that {s}.")
NO_COMMENT = (
    "{O} did not respond to a request for comment.",
    "{O} declined to comment.",
    "A spokesperson for {O} declined to comment on {issue}.",
    "Representatives of {O} did not immediately respond to a request for comment.",
)

FRAMES = {"quote_first": QUOTE_FIRST, "quote_follow": QUOTE_FOLLOW, "report_first": REPORT_FIRST,
          "report_follow": REPORT_FOLLOW, "warn_first": WARN_FIRST, "warn_follow": WARN_FOLLOW,
          "close_follow": CLOSE_FOLLOW, "statement": STATEMENT, "statement_company": STATEMENT + STATEMENT_COMPANY,
          "no_comment": NO_COMMENT}

GENERIC_QUOTES: dict[str, tuple[str, ...]] = {
    "exec": (
        "We are focused on execution, and the results will follow",
        "Our customers expect us to keep innovating, and that is exactly what we are doing",
        "We have a strong balance sheet, which gives us flexibility in uncertain times",
        "I am confident we have the right strategy and the right people",
        "The next twelve months will be decisive for us",
        "We never stop looking for ways to serve our customers better",
        "Nobody should doubt our commitment to {region}",
        "We are a very different company from the one we were five years ago",
        "I am proud of our people, who have worked incredibly hard this year",
        "We are not going to chase growth at any price",
    ),
    "spokes": (
        "We are in close contact with all the parties involved",
        "We will share more information as soon as we are able to",
        "Our focus remains on our customers and our employees",
    ),
    "analyst": (
        "The market is pricing in a lot of good news already",
        "Sentiment has improved, but the fundamentals have not changed much",
        "There are still a lot of unanswered questions",
        "It is a step in the right direction, but execution is everything",
        "I would want to see a few more quarters of data before getting excited",
        "Investors have been waiting for a clear signal, and this is one",
        "The {sector} sector has been out of favor for a while, so expectations were low",
        "The numbers are less important than the direction of travel",
        "Everyone is asking the same question: how long can this last",
        "There is a lot of money on the sidelines waiting for clarity",
        "{region} is where the growth is, and everyone knows it",
    ),
    "minister": (
        "Our priority is to protect jobs and keep the economy growing",
        "We will continue to work closely with our partners",
        "The government is listening to all sides",
        "We have a plan, and we will see it through",
    ),
    "agency": (
        "Our job is to make sure the rules are applied fairly to everyone",
        "We will look at the facts carefully before reaching any conclusion",
    ),
    "mayor": (
        "Our city is growing, and we welcome anyone who wants to invest here",
        "This is about good jobs for the people of {city}",
    ),
    "professor": (
        "The evidence points clearly in one direction",
        "It is too early to draw firm conclusions",
        "We should be careful not to read too much into a single year of data",
    ),
    "fellow": (
        "The evidence points clearly in one direction",
        "Policymakers need to think about the long term, not just the next election",
        "It is too early to draw firm conclusions",
    ),
    "union": (
        "Our members deserve respect, and they deserve a fair deal",
        "We are not asking for anything unreasonable",
    ),
}
GENERIC_REPORTS: dict[str, tuple[str, ...]] = {
    "exec": ("the company was in a strong position to grow",
             "{Porg} had no plans to change its dividend policy",
             "the company was open to acquisitions if the price was right",
             "{Porg} would keep investing despite the uncertain economy",
             "demand had held up better than expected in recent months"),
    "spokes": ("the company was assessing the situation", "more details would be shared {future_when}"),
    "analyst": ("investors were likely to react cautiously", "the outlook for the {sector} sector remained uncertain",
                "interest rates would remain the main driver of sentiment in the coming months",
                "valuations in the sector already reflected much of the good news",
                "companies with strong balance sheets were best placed to benefit",
                "the sector could see more deals in the second half of the year"),
    "minister": ("the government would present further measures {future_when}",
                 "{his} government remained committed to its economic reforms"),
    "agency": ("the regulator would publish its findings {future_when}",),
    "mayor": ("the city had worked for months behind the scenes", "{city} would keep improving its transport links"),
    "professor": ("the effects would take years to become clear", "the data pointed to a broader trend"),
    "fellow": ("the effects would take years to become clear", "governments had been slow to respond"),
    "union": ("workers were prepared to hold out for as long as necessary",),
}

# topic content: headlines, leads, details, q1/r1 (main speaker), q2/r2, q3/r3, warn, statements, closings, extra
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "acquisition": {
        "headlines": (
            "{O1s} to buy {O2s} in {amount} deal",
            "{O1s} agrees to acquire {O2s} for {amount}",
            "{P1l} says {O1s} deal for {O2s} will create {sector} leader",
            "{O1s} chief says {O2s} takeover will speed expansion in {region}",
            "{O1s} bets {amount} on {sector} with {O2s} takeover",
        ),
        "leads": (
            "{O1} has agreed to buy {O2} for {amount}, the companies said {past_day}, in a deal that would create "
            "one of the largest {sector} groups in {region}.",
            "{O1} said {past_day} it would acquire rival {O2} for about {amount} in cash and shares, betting that "
            "greater scale will help it weather a slowdown in {metric}.",
            "{O1} will take over {O2} in a deal valued at {amount}, the two companies announced {past_day}, ending "
            "months of speculation about the future of the {hq2}-based firm.",
        ),
        "details": (
            "The offer represents a premium of {pct} over {O2p} closing share price on the previous trading day.",
            "The boards of both companies have approved the transaction, which still requires the approval of "
            "regulators in {country} and other markets.",
            "Under the terms of the deal, {O2s} shareholders will receive {share_price} per share.",
            "The combined group will have about {employees} employees and annual revenue of roughly {amount2}.",
        ),
        "q1": (
            "This is a rare opportunity to bring together two companies that share the same vision for the future "
            "of {sector}",
            "Together we will be able to invest more in technology and serve our customers in {region} faster",
            "We have followed {O2s} for many years, and we believe the fit is excellent",
            "Scale matters in this industry, and this deal gives us the scale we need",
            "We expect the combined company to deliver savings of about {amount2} within three years",
            "Our priority now is to make sure the integration goes smoothly for employees and customers",
        ),
        "r1": (
            "the combined company would keep its headquarters in {hq}",
            "there were no plans for large job cuts",
            "the deal would be financed with a mix of cash and new debt",
            "the acquisition would add to earnings within two years",
        ),
        "q2": (
            "The price looks full, but strategically it makes sense for {O1s}",
            "Investors will want to see how quickly {O1s} can integrate the two businesses",
            "This deal changes the competitive landscape in {region} overnight",
            "I would not be surprised if regulators ask for some concessions",
        ),
        "r2": (
            "the deal could draw scrutiny from competition authorities",
            "{O1s} was paying a high price but gaining valuable assets in {region}",
            "other {sector} companies might now look for merger partners of their own",
        ),
        "q3": (
            "Joining {O1s} gives our people and our products a much bigger stage",
            "Our board concluded that this offer was in the best interests of shareholders",
            "We will continue to operate under the {O2s} brand for the foreseeable future",
        ),
        "r3": (
            "{O2s} had received interest from other bidders but found the offer from {O1s} the most attractive",
            "most of the company's senior managers would stay on after the deal",
        ),
        "warn": (
            "the deal could face delays if regulators demand asset sales",
            "integrating the two companies' computer systems would be costly",
            "the combined company would carry a heavy debt load for several years",
        ),
        "statements": (
            "the transaction was expected to close {future_when}, subject to regulatory approvals",
            "it had secured financing for the deal from a group of banks",
            "the combined group would have annual revenue of about {amount2}",
        ),
        "closings": (
            "The deal is expected to close {future_when}.",
            "Shareholders of {O2s} will vote on the offer at a meeting scheduled for {future_date}.",
            "{O1s} will present its plans for the combined company to investors {future}.",
        ),
        "extra": (
            "{O2}, founded in {founded2}, has about {employees2} employees and operations in {n_countries2} "
            "countries.",
            "Consolidation in the {sector} industry has accelerated over the past year as companies seek to cut "
            "costs.",
            "It would be the largest acquisition by {O1s} since it was founded in {founded}.",
            "Talks between the two sides had been under way since {month_past}, people familiar with the matter "
            "said.",
            "Advisers to {O1s} on the transaction included {O3}, according to people familiar with the matter.",
        ),
    },
    "launch": {
        "headlines": (
            "{O1s} unveils {product_head} as competition heats up",
            "{O1s} launches {product_kind} in {city}",
            "{P1l} says new {O1s} {product_kind} will reach {n_markets} markets this year",
            "{O1s} bets on {product_kind} to revive growth",
        ),
        "leads": (
            "{O1} unveiled {product} at an event in {city} {past_day}, as the company tries to win back customers "
            "from rivals in {region}.",
            "{O1} launched {product} {past_day}, its biggest product bet in years, and said it expected the new "
            "offering to account for a growing share of sales by 2028.",
            "{O1} said {past_day} it would begin selling {product} in {country} {future_when}, following several "
            "months of testing.",
        ),
        "details": (
            "The company did not disclose how much it had invested in the project, but analysts estimate the cost "
            "at more than {amount}.",
            "{O1s} said the launch would initially cover {n_markets} markets, with more to follow next year.",
            "The product was developed at the company's research center in {city2}.",
        ),
        "q1": (
            "We listened closely to our customers, and this is the result",
            "{product_short} is the most important launch in the history of the company",
            "We think there is a large market for this in {region}, and we intend to lead it",
            "Our engineers have spent three years on this, and I am very proud of what they built",
            "Pricing will be competitive, and we will expand production as demand grows",
        ),
        "r1": (
            "the company aimed to sell {units} units in the first year",
            "production would be expanded at its plant in {city2}",
            "{O1s} planned to hire {jobs} people to support the launch",
        ),
        "q2": (
            "It is an impressive product, but the real test will be whether {O1s} can produce it at scale",
            "{O1s} is late to this market, and it needs this launch to go well",
            "The pricing is aggressive, which tells you how seriously they take the competition",
        ),
        "r2": (
            "the launch could help {O1s} regain market share lost to {O2s}",
            "demand in this segment was growing by about {pct} a year",
        ),
        "q3": (
            "We welcome competition, because it is good for customers",
            "We have been in this market for years, and we are confident in our own products",
        ),
        "r3": (
            "{O2s} would unveil a competing product {future_when}",
            "{his} company was not worried about the new entrant",
        ),
        "warn": (
            "supply-chain problems could limit the number of units available at launch",
            "high prices could deter customers in a weak economy",
        ),
        "statements": (
            "early orders had exceeded its expectations",
            "the product met all safety and regulatory requirements in {country}",
        ),
        "closings": (
            "{O1s} will present further details at {event} {future}.",
            "The product will go on sale in {city2} {future_when}.",
        ),
        "extra": (
            "Rival {O2} launched a similar product in {country} last year, with mixed results.",
            "The {sector} industry has been racing to bring new products to market as customers demand more for "
            "less.",
        ),
    },
    "earnings": {
        "headlines": (
            "{O1s} profit {rises} {pct} as {metric} {trend_short}",
            "{O1s} {beats} forecasts with {quarter}-quarter results",
            "{O1s} finance chief says outlook remains {outlook}",
            "{P1l} says {O1s} will keep cutting costs after {quarter}-quarter {rise_fall}",
        ),
        "leads": (
            "{O1} reported a {pct} {rise_fall} in {quarter}-quarter net profit {past_day}, {beat_phrase} analysts' "
            "expectations, as {metric} {trend}.",
            "{O1} said {past_day} its {quarter}-quarter revenue {rose} {pct_rev} to {revenue}, and it {guidance} "
            "its forecast for the full year.",
            "Net profit at {O1} {rose} {pct} in the {quarter} quarter, the {hq}-based company said {past_day}, as "
            "{metric} {trend}.",
        ),
        "details": (
            "Revenue came in at {revenue}, compared with {revenue_before} a year earlier.",
            "Analysts surveyed by {source} had expected a smaller change in profit.",
            "The company proposed a dividend of {dividend} per share.",
        ),
        "q1": (
            "Our teams delivered a solid performance in a difficult market",
            "We remain cautious about the second half of the year, but our order book is healthy",
            "Costs are still too high, and we are taking action to bring them down",
            "{region} remains our strongest market, and we will keep investing there",
            "We are seeing customers return, and that gives us confidence",
        ),
        "r1": (
            "the company would cut costs by {amount2} by the end of next year",
            "demand in {country} had picked up in recent weeks",
            "the company planned to buy back shares worth {amount2}",
        ),
        "q2": (
            "These are better numbers than the market feared",
            "The headline figures look fine, but margins are still under pressure",
            "Guidance is the key question, and management was vague on that",
        ),
        "r2": (
            "the results showed that cost cuts at {O1s} were starting to pay off",
            "the company might need to lower its targets later in the year",
        ),
        "q3": (
            "I think the market will look through this quarter and focus on next year",
            "The balance sheet is strong, but growth is the missing ingredient",
        ),
        "r3": (
            "{O1s} remained one of the better-run companies in the {sector} sector",
            "the shares looked cheap compared with those of {O2s}",
        ),
        "warn": (
            "higher energy prices could eat into margins in the coming quarters",
            "a stronger currency would weigh on exports",
        ),
        "statements": (
            "it expected full-year operating profit to grow by {pct2}",
            "it would hold an investor day in {city2} {future}",
        ),
        "closings": (
            "Shares in {O1s} {rose} {pct2} in {hq} trading {past_day}.",
            "{O1s} will report its next results {future}.",
        ),
        "extra": (
            "Rival {O2} reported a {pct2} increase in profit last month.",
            "The results cover the three months to the end of {quarter_end}.",
        ),
    },
    "summit": {
        "headlines": (
            "Ministers gather in {city} for {event_name} amid {issue}",
            "{P1l} says talks in {city} must deliver on {event_topic}",
            "{country_adj} and {country2_adj} ministers pledge closer cooperation on {event_topic}",
            "{event_name} opens in {city} with calls for action on {event_topic}",
        ),
        "leads": (
            "Ministers and business leaders from more than {n_countries} countries gathered in {city} {past_day} "
            "for {event}, where talks are expected to focus on {event_topic}.",
            "{event} opened in {city} {past_day} with officials from {country} and {country2} calling for closer "
            "cooperation on {event_topic}.",
            "Governments meeting at {event} in {city} {past_day} pledged to work together on {event_topic}, "
            "although delegates said important differences remained.",
        ),
        "details": (
            "The meeting brings together about {delegates} delegates, including {n_ministers} ministers, for three "
            "days of talks.",
            "It is the first time the event has been held in {country} since 2019.",
            "Security was tight in central {city}, where several roads were closed for the duration of the talks.",
        ),
        "q1": (
            "No country can solve these problems alone, and that is why we are here",
            "We want {city} to be remembered as the place where we moved from words to action",
            "My country is ready to do its part, and we expect our partners to do theirs",
            "These talks will not be easy, but I believe an agreement is within reach",
        ),
        "r1": (
            "{his} government would commit {amount} to new projects over five years",
            "{his} government would host a follow-up meeting {future_when}",
            "a final declaration could be agreed by the end of the week",
        ),
        "q2": (
            "Expectations are low, which in a way makes a surprise more likely",
            "The real test is whether the commitments made here are actually funded",
            "Summits like this matter less for what is signed than for who talks to whom",
        ),
        "r2": (
            "the talks were unlikely to produce a binding agreement",
            "the absence of several major economies would weaken any deal",
        ),
        "q3": (
            "We came here with concrete proposals, and we hope others will match them",
            "{country2} supports the goals of this meeting, but the details matter",
        ),
        "r3": (
            "{country2} would not accept targets that hurt its industry",
            "{his} country was prepared to increase funding if others did the same",
        ),
        "warn": ("the talks could collapse without new money on the table",
                 "divisions over funding could overshadow the meeting"),
        "statements": ("the talks had been constructive", "a joint declaration would be published at the end of the "
                       "meeting"),
        "closings": (
            "{event_short} ends on {end_day}.",
            "The next round of talks will be held in {city2} {future_when}.",
        ),
        "extra": (
            "Representatives of {O3} and several other companies are also attending the meeting.",
            "Protesters gathered outside the conference center {past_day}, calling for faster action.",
            "Last year's meeting, held in {city2}, ended without a joint statement.",
        ),
    },
    "strike": {
        "headlines": (
            "Workers at {O1s} walk out in dispute over pay",
            "{O2n} says strike at {O1s} will continue until demands are met",
            "Strike disrupts {O1s} operations in {city}",
        ),
        "leads": (
            "Thousands of workers at {O1} went on strike {past_day}, halting operations at sites across {country} "
            "in a dispute over pay and working conditions, {O2} said.",
            "Members of {O2} walked off the job at {O1} {past_day}, demanding {demand} as the cost of living keeps "
            "rising.",
            "A strike at {O1} entered its {nth} day {past_day}, with no sign of talks resuming between management "
            "and {O2}.",
        ),
        "details": (
            "The union represents about {members} workers at the company.",
            "The walkout has disrupted {ops} in and around {city}.",
            "Picket lines formed outside the company's main site in {city} early in the morning.",
        ),
        "q1": (
            "Our members have waited long enough, and they will not accept another empty promise",
            "We do not take this step lightly, but management has left us no choice",
            "The company made record profits last year, and workers deserve their share",
            "We are ready to talk at any time, but the offer on the table is an insult",
        ),
        "r1": (
            "the union was demanding {demand}",
            "the strike would continue until {future_date}",
            "workers had not received a real pay increase in three years",
        ),
        "q2": (
            "We regret the disruption to our customers and remain open to dialogue",
            "Our offer is fair and reflects the difficult conditions in the market",
        ),
        "r2": (
            "the company had offered a pay rise of {pct2} over two years",
            "contingency plans were in place to limit disruption",
        ),
        "q3": (
            "I urge both sides to return to the negotiating table without delay",
            "The government will not intervene for now, but we are following the situation closely",
        ),
        "r3": ("the government was ready to appoint a mediator",),
        "warn": ("a prolonged strike could cost the company {amount2} a week", "the walkout could spread to other "
                 "sites"),
        "statements": (
            "it had offered a pay rise of {pct2} and a one-time bonus",
            "most of its sites were operating normally despite the strike",
        ),
        "closings": ("Talks are scheduled to resume {future}.", "{O2} has called a rally in central {city} for "
                     "{future_date}."),
        "extra": (
            "Labor unrest has spread across {region} this year as workers push for wages that keep pace with "
            "prices.",
            "The last major strike at the company, in {strike_year}, lasted nine days.",
        ),
    },
    "policy": {
        "headlines": (
            "{country_adj} government unveils {policy}",
            "{P1l} says {policy} will take effect {future_when}",
            "{O2s} criticizes {country_adj} plan for {policy}",
        ),
        "leads": (
            "{country_gov} announced {policy} {past_day}, in a move that could affect hundreds of companies "
            "including {O2}.",
            "{O1} said {past_day} it would introduce {policy}, setting up a clash with industry groups that say "
            "the plan will raise costs.",
            "{O1} unveiled {policy} {past_day}, the latest step in a broader effort to reshape the {sector} "
            "industry in {country}.",
        ),
        "details": (
            "The measures still need to be approved by parliament, where the governing coalition holds a narrow "
            "majority.",
            "A public consultation on the proposals will run until {future_date}.",
        ),
        "q1": (
            "These rules are fair, they are overdue, and they will protect consumers",
            "We have listened to industry, but we cannot wait any longer",
            "Companies that play by the rules have nothing to fear",
        ),
        "r1": (
            "the rules would take effect {future_when}",
            "the government expected the measures to raise about {amount} a year",
        ),
        "q2": (
            "We support the goal, but the timeline is unrealistic",
            "This will raise costs for our customers and put jobs at risk",
            "We will study the details carefully before deciding our next steps",
        ),
        "r2": ("the company might have to reconsider planned investments in {country}",),
        "q3": (
            "The policy is a step in the right direction, although it does not go far enough",
            "The evidence from other countries suggests these measures can work if they are enforced",
        ),
        "r3": ("similar rules in {country2} had cut costs for consumers",),
        "warn": ("the rules could push investment to neighboring countries",),
        "statements": ("it was reviewing the proposals", "it would seek talks with the government"),
        "closings": (
            "Lawmakers are expected to vote on the proposals {future}.",
            "The final text of the rules is due to be published {future_when}.",
        ),
        "extra": (
            "Industry groups have spent months lobbying against the plan.",
            "{country2} introduced similar measures two years ago.",
        ),
    },
    "investment": {
        "headlines": (
            "{O1s} to invest {amount} in new {facility} in {city}",
            "{O1s} picks {city} for {amount} {facility}, creating {jobs} jobs",
            "{P2l} says {O1s} investment is vote of confidence in {city}",
        ),
        "leads": (
            "{O1} will invest {amount} to build a {facility} in {city}, creating about {jobs} jobs, the company "
            "said {past_day}.",
            "{O1} said {past_day} it had chosen {city} as the site for a new {facility}, one of the largest "
            "private investments in {country} this year.",
            "{O1} broke ground on a {amount} {facility} on the outskirts of {city} {past_day}, its first major "
            "investment in {region}.",
        ),
        "details": (
            "Construction is due to begin {future_when}, with the site expected to be fully operational by 2028.",
            "The company said it had received incentives from the local government, without giving details.",
        ),
        "q1": (
            "{city} offers the talent, the infrastructure and the access to customers that we need",
            "This investment shows our long-term commitment to {country}",
            "We looked at more than a dozen locations, and {city} stood out",
        ),
        "r1": (
            "the facility would run entirely on renewable energy",
            "the company planned to train local workers in partnership with {O2}",
        ),
        "q2": (
            "This is a great day for {city} and for the families who will get good jobs",
            "We worked hard to bring this project here, and it shows that {city} is open for business",
        ),
        "r2": ("the city would improve road and rail links to the site",),
        "q3": (
            "{region} is becoming an attractive place for this kind of investment",
            "Costs are lower, and governments are offering generous incentives",
        ),
        "r3": ("other companies were likely to follow the lead of {O1s}",),
        "warn": ("a shortage of skilled workers in the region could delay the project",),
        "statements": ("it would source most of its materials from local suppliers",),
        "closings": (
            "{O1s} expects to complete the first phase of construction {future_when}.",
            "A formal groundbreaking ceremony is planned for {future_date}.",
        ),
        "extra": (
            "{country} has been trying to attract foreign investment with tax breaks and faster permits.",
            "{O1s} already operates a smaller site in {city2}.",
        ),
    },
    "research": {
        "headlines": (
            "Study links {research} to slower growth in {country}",
            "{P1l} calls for urgent action on {research} after new study",
            "Researchers at {O1n} warn over {research}",
        ),
        "leads": (
            "Problems linked to {research} could cost {country} as much as {amount} a year by 2030, according to a "
            "study published {past_day} by {O1}.",
            "A new report from {O1} found that costs linked to {research} have risen by {pct} over the past five "
            "years, raising questions about policy in {country}.",
            "Researchers at {O1} said {past_day} that problems linked to {research} are growing faster than "
            "previously thought, based on data from more than {n_firms} companies.",
        ),
        "details": (
            "The study, which surveyed {n_people} people across {n_countries} countries, is among the largest of "
            "its kind.",
            "The researchers used data from public records, company filings and a survey carried out earlier this "
            "year.",
        ),
        "q1": (
            "What surprised us most was how quickly things have changed",
            "The data are clear, and policymakers should take them seriously",
            "We need better data, but the trend is unmistakable",
        ),
        "r1": (
            "the findings applied to large and small companies alike",
            "further research was needed to understand the causes",
        ),
        "q2": ("It is a useful piece of work that confirms what many in the industry suspected",),
        "r2": ("the report's estimates were on the high side",),
        "q3": ("We are already investing to address many of the issues the study raises",),
        "r3": ("{O2s} had not yet seen the full report",),
        "warn": ("the problem would get worse without action from governments",),
        "statements": ("it welcomed the study and would review its recommendations",),
        "closings": ("The full report will be presented at {event} {future}.",),
        "extra": ("A similar study by {O3} last year reached broadly the same conclusions.",),
    },
    "partnership": {
        "headlines": (
            "{O1s} and {O2s} team up on {area}",
            "{O1s}, {O2s} sign {amount} partnership",
            "{P1l} says tie-up with {O2s} will accelerate growth",
        ),
        "leads": (
            "{O1} and {O2} have agreed to work together on {area}, the companies said {past_day}, in a deal worth "
            "about {amount}.",
            "{O1} signed a partnership with {O2} at {event} in {city} {past_day}, aiming to bring new {area} "
            "products to market faster.",
            "{O1} said {past_day} it would form a joint venture with {O2} to develop {area} products for "
            "customers in {region}.",
        ),
        "details": (
            "The joint venture will be based in {city2} and employ about {jobs} people.",
            "Financial details were not disclosed beyond the headline figure.",
        ),
        "q1": (
            "Neither of us could do this alone, and together we can move much faster",
            "This partnership brings together the best of both companies",
            "We have been talking for more than a year, and I am delighted we reached an agreement",
        ),
        "r1": ("the first products from the partnership would reach customers {future_when}",),
        "q2": (
            "We share a common vision, and this agreement will help us deliver it",
            "Our teams already know each other well, so we can start work immediately",
        ),
        "r2": ("{O2s} would contribute its technology and engineering staff to the venture",),
        "q3": (
            "Partnerships like this are becoming the norm as costs rise",
            "It makes sense on paper, but joint ventures are notoriously hard to manage",
        ),
        "r3": ("the deal could put pressure on rivals to find partners of their own",),
        "warn": ("the partnership could attract attention from competition regulators",),
        "statements": ("the agreement would run for an initial period of five years",),
        "closings": ("The two companies will give more details at {event} {future}.",),
        "extra": (
            "Partnerships in {area} have multiplied as companies try to share the cost of research.",
            "Talks between the two sides had been under way since {month_past}, people familiar with the matter "
            "said.",
        ),
    },
}
# which organization issues the statement: 1 = O1, 2 = O2, 0 = either
STATEMENT_ORG = {"acquisition": 0, "partnership": 0, "summit": 0, "policy": 2, "research": 2}
TOPIC_WEIGHTS = {"acquisition": 12, "launch": 12, "earnings": 14, "summit": 10, "strike": 8, "policy": 10,
                 "investment": 12, "research": 8, "partnership": 10}

FILLER: tuple[str, ...] = (
    "The {sector} industry has faced rising costs over the past two years as higher interest rates and weaker "
    "demand weighed on margins.",
    "Economists expect growth in {region} to slow this year, according to {intl}.",
    "The announcement comes as governments across {region} try to attract investment in {sector}.",
    "Inflation in {country} has eased in recent months but remains above the central bank's target.",
    "Investors have been watching the sector closely for signs that the slowdown is coming to an end.",
    "The figures are likely to be closely watched by policymakers in {country}, who meet {future} to set "
    "interest rates.",
    "Companies in {region} have been under pressure to cut emissions and invest in cleaner technology.",
    "A report by {intl} published in {month_past} said investment in the region had fallen for a second year.",
    "The local currency weakened slightly against the dollar {past_day2}.",
    "Business confidence in {country} fell in {month_past} to its lowest level in more than a year, a survey "
    "showed.",
    "Higher borrowing costs have made it harder for smaller companies to finance expansion.",
    "Several other companies are expected to announce similar plans in the coming weeks.",
    "The decision follows a review that began earlier this year.",
    "Trade between {country} and {country2} has grown steadily over the past decade.",
    "Unemployment in {country} stood at {unemployment} in {month_past}, according to official data.",
    "The issue is expected to feature prominently at {event}, which takes place in {event_city} {future}.",
    "Critics say the plans do not go far enough, while supporters argue they strike the right balance.",
    "Shortages of skilled workers have become a common complaint among employers in the region.",
    "Demand has been uneven, with strong sales in some markets offset by weakness in others.",
    "The government has promised to simplify regulations and speed up approvals for new projects.",
    "Analysts say the coming months will show whether the recovery can be sustained.",
    "The sector employs about {sector_jobs} people in {country}, according to industry estimates.",
    "Energy prices have been volatile since the start of the year, adding to uncertainty for businesses.",
    "Consumer spending in {country} has held up better than many economists expected.",
    "The move was welcomed by business groups in {city}, although some small firms raised concerns.",
    "Officials in {city2} are watching developments closely, according to local media reports.",
    "Supply-chain problems that began during the pandemic have largely eased, but costs remain high.",
    "The dispute over tariffs between major economies has added to the uncertainty.",
    "Credit rating agencies have kept a stable outlook on the sector, citing solid balance sheets.",
    "Labor costs have risen sharply in {region} over the past two years.",
    "The plan has drawn support from investors who have long called for a clearer strategy.",
    "{intl} said in {month_past} that it expected global trade to grow by {pct4} this year.",
    "The central bank of {country} has kept interest rates unchanged since {month_past}.",
    "Officials from {country} and {country2} met in {city2} in {month_past} to discuss closer economic ties.",
    "The {sector} sector accounts for about {pct4} of economic output in {country}, according to government "
    "figures.",
    "A survey by {intl} found that most companies in {region} expect conditions to improve next year.",
    "Economic growth in {country} slowed to {gdp} in the {quarter} quarter.",
    "Exports from {country} to {country2} rose {pct4} last year.",
    "Several large employers in {city} have announced hiring freezes this year.",
    "Property prices in {city} have risen sharply, making it harder for employers to attract staff.",
    "The government of {country2} is considering similar steps, officials there said {past_day2}.",
    "The main stock index in {city} closed {index_move} {gdp} {past_day2}.",
    "Environmental groups have criticized the {sector} industry for moving too slowly on emissions.",
    "Local media in {country} have reported on the plans for several weeks.",
    "Lawmakers in {country} have called for a parliamentary hearing on the issue.",
    "Industry data published {past_day2} showed {metric} in {region} grew for a third straight month.",
)
FILLER_COMPANY: tuple[str, ...] = (
    "{O1s}, which is based in {hq}, employs about {employees} people in {n_countries} countries.",
    "Founded in {founded}, {O1s} has grown through a series of acquisitions.",
    "Shares of {O1s} have {stock_moved} {pct3} so far this year.",
    "Last year, {O1s} reported revenue of {amount2}.",
    "Rival {O3} announced a similar plan in {month_past}.",
    "{O1s} has set a target of cutting its carbon emissions by half by 2030.",
    "The company has been under pressure from investors to improve returns.",
    "{O1s} sells its products in more than {n_countries} countries and generates most of its revenue outside "
    "{country_of_hq}.",
    "The company's largest shareholder is {O3}, which holds a stake of about {stake}.",
    "{P1l} took over as {P1title} of {O1s} in {p1_year} after a career at {O3}.",
)
GENERIC_CLOSINGS: tuple[str, ...] = (
    "{O3} did not immediately respond to a request for comment.",
    "Further announcements are expected {future_when}.",
    "A decision is expected {future}.",
    "The matter is expected to be discussed at {event} {future}.",
)
GENERIC_WARN = (
    "a slowdown in {region} could hurt demand",
    "costs could rise further if energy prices climb again",
    "the outlook remained clouded by high interest rates",
    "uncertainty over trade policy could delay investment decisions",
)
ISSUES = ("rising energy prices", "trade tensions", "slowing growth", "climate commitments", "high interest rates",
          "supply-chain disruptions", "a weaker global economy", "questions over funding")
DEMANDS = ("a {pct} pay rise", "shorter working hours", "better pension terms", "a new safety agreement",
           "guaranteed job security")


# --------------------------------------------------------------------------------------------------
# Article construction
# --------------------------------------------------------------------------------------------------


def cap(text: str) -> str:
    """Upper-case the first letter, skipping leading quotes."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:] if ch.islower() else text
        if ch not in "\"'“ ":
            return text
    return text


def ap_date(day: date, year: int = YEAR) -> str:
    text = f"{MONTH_AP[day.month - 1]} {day.day}"
    return text if day.year == year else f"{text}, {day.year}"


def money(rng: random.Random, big: bool = True) -> str:
    if big and rng.random() < 0.6:
        return f"${rng.uniform(1.0, 30.0):.1f} billion"
    return f"${rng.randrange(50, 990, 10)} million"


def billions(value: float) -> str:
    """A dollar amount given in billions: "$2.4 billion", or "$850 million" under a billion."""
    return f"${value:.1f} billion" if value >= 1 else f"${round(value * 1000, -1):.0f} million"


def percent(rng: random.Random, lo: float = 0.5, hi: float = 25.0) -> str:
    return f"{rng.uniform(lo, hi):.1f}%"


class Context(dict[str, str]):
    """Slot values for one article; dynamic slots (people, organizations) track first and later mentions."""

    def __init__(self, rng: random.Random, people: list[Person | None], orgs: list[Org | None]) -> None:
        super().__init__()
        self.rng = rng
        self.people = people
        self.orgs = orgs
        self.seen_people: set[str] = set()
        self.seen_orgs: set[str] = set()
        self.speaker = 1
        self.org = 1
        self.frames = {name: Pool(rng, frames) for name, frames in FRAMES.items()}

    def frame(self, name: str) -> str:
        """The next sentence frame of a kind, formatted; frames do not repeat until all were used."""
        return self.fmt(self.frames[name].take())

    def fmt(self, template: str) -> str:
        return template.format_map(self)

    def org_name(self, org: Org, generic_ok: bool = False) -> str:
        if org.name not in self.seen_orgs:
            self.seen_orgs.add(org.name)
            return org.first
        if org.kind == "company":
            return org.generic if generic_ok and self.rng.random() < 0.2 else org.short
        return org.short if self.rng.random() < 0.6 else org.first

    def intro(self, p: Person) -> tuple[str, bool]:
        """First mention of a person with title and affiliation; True when it ends in an appositive."""
        r = self.rng.random()
        org = p.org
        k = p.kind
        if k == "exec" and org:
            if r < 0.45 or (r < 0.75 and not p.title_cap):
                prep = "at" if p.title.startswith("head") else "of"
                return f"{p.name}, {p.title} {prep} {self.org_name(org)}", True
            if r < 0.75:
                return f"{self.org_name(org)} {p.title_cap} {p.name}", False
            name = self.org_name(org)
            return f"{p.name}, {name}{chr(39) if name.endswith('s') else chr(39) + 's'} {p.title}", True
        if k == "spokes" and org:
            if r < 0.6 or org.kind != "company":
                return f"{p.name}, a spokesperson for {self.org_name(org)}", True
            return f"{self.org_name(org)} spokesperson {p.name}", False
        if k == "analyst" and org:
            if r < 0.7 or not p.title_cap:
                return f"{p.name}, {p.title} at {self.org_name(org)}", True
            return f"{self.org_name(org)} {p.title_cap} {p.name}", False
        if k == "minister" and org and p.country:
            if r < 0.4:
                return f"{p.name}, {p.country.poss} {p.title}", True
            if r < 0.8:
                return f"{p.country.adj} {p.title_cap} {p.name}", False
            return f"{p.name}, who heads {self.org_name(org)}", True
        if k == "mayor" and p.city:
            if r < 0.5:
                return f"{p.name}, the mayor of {p.city.name}", True
            return f"{p.city.name} Mayor {p.name}", False
        if k == "professor" and org:
            if r < 0.5:
                return f"{p.name}, a professor of {p.field} at {self.org_name(org)}", True
            if r < 0.8:
                return f"{p.name}, who teaches {p.field} at {self.org_name(org)}", True
            return f"{p.name}, a researcher at {self.org_name(org)}", True
        if k == "fellow" and org:
            return f"{p.name}, {p.title} at {self.org_name(org)}", True
        if k == "union" and org:
            if r < 0.7:
                return f"{p.name}, {p.title} of {self.org_name(org)}", True
            self.seen_orgs.add(org.name)
            return f"{org.name} leader {p.name}", False
        if k == "agency" and org:
            return f"{p.name}, {p.title} of {self.org_name(org)}", True
        return p.name, False

    def person_ref(self, p: Person, form: str) -> str:
        if p.name in self.seen_people:
            return p.short + ("," if form == "c" else "")
        self.seen_people.add(p.name)
        text, appositive = self.intro(p)
        if form == "c" or (appositive and form == ""):
            text += ","
        return text

    def __missing__(self, key: str) -> str:
        head = key[0]
        if head == "P":
            rest = key[1:]
            index = self.speaker
            if rest[:1].isdigit():
                index, rest = int(rest[0]), rest[1:]
            p = self.people[index]
            if p is None:
                raise KeyError(key)
            if rest in ("", "e", "c"):
                return self.person_ref(p, rest)
            if rest == "l":
                return p.short
            if rest == "n":
                return p.name
            if rest == "title":
                return p.title
            if rest == "org":
                return p.org.short if p.org else "the city"
        elif head == "O":
            rest = key[1:]
            index = self.org
            if rest[:1].isdigit():
                index, rest = int(rest[0]), rest[1:]
            o = self.orgs[index]
            if o is None:
                raise KeyError(key)
            if rest == "":
                return self.org_name(o, generic_ok=True)
            if rest == "g":
                return o.generic
            if rest == "n":
                return o.name
            if rest == "s":
                return o.short
            if rest == "p":
                return o.poss
        elif key in ("he", "He", "his", "His", "him"):
            p = self.people[self.speaker]
            if p is None:
                raise KeyError(key)
            return pronoun(p, key)
        raise KeyError(key)


def pronoun(p: Person, form: str) -> str:
    word = {"he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her")}[form.lower()][p.female]
    return word.capitalize() if form[0].isupper() else word


class Pool:
    """Draws templates without replacement, all of `primary` before any of `secondary`.

    Starts over when all have been used. Templates in `used` (shared by the pools of one article) are
    skipped while there are others, so two speakers do not say the same thing.
    """

    def __init__(self, rng: random.Random, primary: Sequence[str], secondary: Sequence[str] = (),
                 used: set[str] | None = None) -> None:
        self.rng = rng
        self.primary = primary
        self.secondary = secondary
        self.used = used if used is not None else set()
        self.left: list[str] = []
        self.left2: list[str] = []

    def _draw(self) -> str:
        if not self.left and not self.left2:
            self.left, self.left2 = list(self.primary), list(self.secondary)
        left = self.left or self.left2
        i = int(self.rng.random() * len(left))
        item = left[i]
        left[i] = left[-1]
        left.pop()
        return item

    def take(self) -> str:
        for _ in range(len(self.primary) + len(self.secondary) + 1):
            item = self._draw()
            if item not in self.used:
                break
        self.used.add(item)
        return item

    def __bool__(self) -> bool:
        return bool(self.primary or self.secondary)


@dataclass
class Cast:
    topic: str
    people: list[Person | None]
    orgs: list[Org | None]
    city: City
    sector: Sector
    event: Event
    country2: Country


class Generator:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.u = Universe(seed)
        self.topics = list(TOPIC_WEIGHTS)
        self.topic_cum = list(accumulate(TOPIC_WEIGHTS.values()))

    # ---- casting -------------------------------------------------------------------------------

    def staff(self, rng: random.Random, org: Org, kinds: tuple[str, ...]) -> Person:
        people = [p for p in org.staff if p.kind in kinds] or org.staff
        return people[0] if rng.random() < 0.6 else rng.choice(people)

    def company(self, rng: random.Random, sector: Sector | None, avoid: Sequence[Org | None]) -> Org:
        shorts = {o.short for o in avoid if o}
        for _ in range(50):
            org = self.u.by_sector[sector.key].pick(rng) if sector else self.u.companies.pick(rng)
            if org.short not in shorts:
                return org
        return org

    def other_country(self, rng: random.Random, country: Country) -> Country:
        while True:
            other = self.u.cities.pick(rng).country
            if other is not country:
                return other

    def ministry(self, country: Country, portfolio: str) -> Org:
        return self.u.ministries[(country.name, portfolio)]

    def analyst(self, rng: random.Random, avoid: Sequence[Person | None]) -> Person:
        while True:
            p = self.u.analysts.pick(rng)
            if all(p is not q for q in avoid):
                return p

    def cast(self, rng: random.Random) -> Cast:
        """Story type, people P1-P4, organizations O1-O3, place and event of one article."""
        c = self._cast(rng)
        if rng.random() < 0.5:  # an outside voice: an analyst, an academic or a think-tank researcher
            if rng.random() < 0.5:
                c.people[4] = self.analyst(rng, c.people)
            else:
                org = self.u.academies.pick(rng)
                p4 = self.staff(rng, org, ("professor", "fellow"))
                if all(p4 is not q for q in c.people):
                    c.people[4] = p4
        return c

    def _cast(self, rng: random.Random) -> Cast:
        topic = rng.choices(self.topics, cum_weights=self.topic_cum)[0]
        u = self.u
        event = u.events.pick(rng)
        p: list[Person | None] = [None, None, None, None, None]

        def done(o1: Org, o2: Org, o3: Org, city: City, sector: Sector, country2: Country | None = None) -> Cast:
            return Cast(topic, p, [None, o1, o2, o3], city, sector, event,
                        country2 or self.other_country(rng, city.country))

        if topic == "summit":
            sector = next((s for s in SECTORS if s.event_topic == event.topic), rng.choice(SECTORS))
            city = event.city
            country = city.country if rng.random() < 0.7 else u.cities.pick(rng).country
            country2 = self.other_country(rng, country)
            portfolio = sector.ministry if rng.random() < 0.6 else rng.choice(("Finance", "Foreign Affairs", "Trade"))
            o1, o2 = self.ministry(country, portfolio), self.ministry(country2, portfolio)
            p[1], p[3] = o1.staff[0], o2.staff[0]
            o3 = self.company(rng, sector, (o1, o2))
            p[2] = self.analyst(rng, p) if rng.random() < 0.5 else self.staff(rng, u.academies.pick(rng),
                                                                              ("professor", "fellow"))
            return done(o1, o2, o3, city, sector, country2)
        if topic == "research":
            o1 = u.academies.pick(rng)
            p[1] = self.staff(rng, o1, ("professor", "fellow"))
            sector = rng.choice(SECTORS)
            o2 = self.company(rng, sector, (o1,))
            p[2] = self.analyst(rng, p)
            p[3] = self.staff(rng, o2, ("exec", "spokes"))
            o3 = u.academies.pick(rng)
            if o3 is o1:
                o3 = self.company(rng, sector, (o1, o2))
            return done(o1, o2, o3, o1.hq or u.cities.pick(rng), sector)
        if topic == "policy":
            sector = rng.choice(SECTORS)
            city = u.cities.pick(rng)
            agency = u.agencies.get((city.country.name, sector.key))
            o1 = agency if agency and rng.random() < 0.4 else self.ministry(city.country, sector.ministry)
            p[1] = o1.staff[0]
            o2 = self.company(rng, sector, (o1,))
            p[2] = self.staff(rng, o2, ("exec", "spokes"))
            o3 = u.academies.pick(rng)
            p[3] = self.staff(rng, o3, ("professor", "fellow"))
            return done(o1, o2, o3, city, sector)

        o1 = u.companies.pick(rng)
        sector = o1.sector or SECTORS[0]
        hq = o1.hq or u.cities.pick(rng)
        city = hq if rng.random() < 0.55 else u.cities.pick(rng)
        p[1] = self.staff(rng, o1, ("exec",))
        if topic == "strike":
            o2 = u.unions[(hq.country.name, sector.key)]
            city = hq if rng.random() < 0.7 else rng.choice(u.country_cities[hq.country.name])
            p[1], p[2] = o2.staff[0], self.staff(rng, o1, ("spokes", "exec"))
            o3 = self.ministry(hq.country, "Labor")
            p[3] = o3.staff[0]
        elif topic == "investment":
            city = u.cities.pick(rng)
            if city is hq:
                city = rng.choice(CITIES)
            p[2] = u.mayors[city.name]
            p[3] = self.analyst(rng, p)
            o2 = next((a for a in u.academies.items if a.hq is city), None) or u.academies.pick(rng)
            o3 = self.company(rng, sector, (o1,))
        elif topic == "partnership":
            o2 = self.company(rng, None if rng.random() < 0.5 else sector, (o1,))
            p[2] = self.staff(rng, o2, ("exec",))
            p[3] = self.analyst(rng, p)
            o3 = self.company(rng, sector, (o1, o2))
            if rng.random() < 0.4:
                city = event.city
        else:  # acquisition, launch, earnings
            o2 = self.company(rng, sector, (o1,))
            o3 = self.company(rng, sector if rng.random() < 0.6 else None, (o1, o2))
            p[2] = self.analyst(rng, p)
            if topic == "earnings":
                p[3] = self.analyst(rng, p)
                cfo = [q for q in o1.staff if q.title == "chief financial officer"]
                if cfo and rng.random() < 0.5:
                    p[1] = cfo[0]
            else:
                p[3] = self.staff(rng, o2, ("exec",))
        return done(o1, o2, o3, city, sector)

    # ---- slots ---------------------------------------------------------------------------------

    def slots(self, rng: random.Random, c: Cast, ctx: Context, day: date, source: str) -> None:
        r = rng.random

        def ri(a: int, b: int) -> int:  # faster than rng.randint; the slots need many numbers
            return a + int(r() * (b - a + 1))

        def rr(a: int, b: int, step: int) -> int:
            return a + step * int(r() * ((b - a) // step))

        def pick(seq: Sequence[T]) -> T:
            return seq[int(r() * len(seq))]

        country = c.city.country
        o1, o2 = c.orgs[1], c.orgs[2]
        city2 = pick([x for x in CITIES if x is not c.city])
        past = day - timedelta(days=ri(0, 6))
        past2 = day - timedelta(days=ri(0, 6))
        future, future2, future3 = (day + timedelta(days=ri(4, 80)) for _ in range(3))
        month_past = MONTH_FULL[(day.month - 1 - ri(1, 5)) % 12]
        product_kind, branded = pick([(k, True) for k in c.sector.branded] + [(k, False) for k in c.sector.plain])
        product_kind = product_kind.format(city2=city2.name)
        if branded:
            brand = f"{pick(BRANDS)} {pick(MODELS)}"
            product, product_short, product_head = f"the {brand} {product_kind}", f"the {brand}", f"{brand}"
        else:
            product, product_short, product_head = f"a new {product_kind}", f"the {product_kind}", product_kind
        up = rng.random() < 0.6
        change = rng.uniform(0.5, 15.0)
        revenue = rng.uniform(0.4, 40.0)
        before = revenue / (1 + change / 100) if up else revenue / (1 - change / 100)
        hq = (o1.hq if o1 and o1.hq else c.city)
        hq2 = (o2.hq if o2 and o2.hq else city2)
        ctx.update({
            "city": c.city.name, "city2": city2.name, "country": country.ref, "country2": c.country2.ref,
            "country_adj": country.adj, "country2_adj": c.country2.adj, "region": country.region,
            "country_gov": f"{country.poss} government", "hq": hq.name, "hq2": hq2.name,
            "country_of_hq": hq.country.ref,
            "sector": c.sector.noun, "metric": c.sector.metric, "facility": c.sector.facility,
            "policy": c.sector.policy, "ops": c.sector.ops, "research": c.sector.research, "area": c.sector.area,
            "event": f"the {c.event.name}", "event_name": c.event.name, "event_short": c.event.short,
            "event_topic": c.event.topic.lower(), "event_city": c.event.city.name,
            "amount": money(rng), "amount2": money(rng), "pct": percent(rng), "pct2": percent(rng, 1, 9),
            "pct3": percent(rng, 2, 40), "stake": percent(rng, 5, 30), "unemployment": percent(rng, 3, 12),
            "past_day": f"on {WEEKDAYS[past.weekday()]}", "past_day2": f"on {WEEKDAYS[past2.weekday()]}",
            "future": f"on {ap_date(future)}", "future_date": ap_date(future2),
            "future_when": pick((f"on {ap_date(future3)}", "next month", "by the end of the year",
                                       "in the coming weeks", f"in {MONTH_FULL[future3.month - 1]}",
                                       "early next year")),
            "end_day": WEEKDAYS[(day + timedelta(days=ri(1, 3))).weekday()],
            "month_past": month_past, "source": source, "intl": pick(INTL_ORGS),
            "issue": pick(ISSUES), "demand": pick(DEMANDS).format(pct=percent(rng, 5, 15)),
            "product": product, "product_short": product_short, "product_head": product_head,
            "product_kind": product_kind, "n_markets": str(ri(3, 30)), "units": f"{ri(2, 90)},000",
            "jobs": f"{rr(150, 4000, 50):,}", "employees": f"{rr(800, 90000, 100):,}",
            "employees2": f"{rr(300, 40000, 100):,}", "n_countries": str(ri(4, 60)),
            "n_countries2": str(ri(2, 30)), "founded": str(ri(1890, 2015)),
            "founded2": str(ri(1920, 2018)), "share_price": f"${rng.uniform(8, 140):.2f}",
            "dividend": f"${rng.uniform(0.1, 3.5):.2f}", "quarter": QUARTERS[(day.month - 1) // 3],
            "quarter_end": MONTH_FULL[((day.month - 1) // 3 * 3 - 1) % 12],
            "rise_fall": "rise" if up else "fall", "rises": "rises" if up else "falls",
            "rose": "rose" if up else "fell",
            "beats": "beats" if up else "misses", "beat_phrase": "beating" if up else "falling short of",
            "trend": "recovered across most of its markets" if up else f"weakened in {country.region}",
            "trend_short": "recovers" if up else "weakens", "outlook": "cautious" if not up else "positive",
            "guidance": pick(("raised", "confirmed")) if up else pick(("cut", "kept")),
            "stock_moved": pick(("risen", "fallen")), "delegates": f"{rr(300, 5000, 100):,}",
            "n_ministers": str(ri(12, 60)), "members": f"{rr(1000, 60000, 500):,}",
            "nth": pick(ORDINALS), "strike_year": str(ri(2008, 2023)),
            "n_firms": f"{rr(200, 9000, 100):,}", "n_people": f"{rr(2000, 40000, 500):,}",
            "revenue": billions(revenue), "revenue_before": billions(before), "pct_rev": f"{change:.1f}%",
            "pct4": percent(rng, 0.5, 12), "sector_jobs": f"{rr(20, 900, 10)},000", "gdp": percent(rng, 0.2, 4.5),
            "index_move": pick(("up", "down")), "p1_year": str(ri(2012, 2025)),
        })
        for i, p in enumerate(c.people[1:], 1):
            if p:
                for form in ("he", "He", "his", "His", "him"):
                    ctx[f"{form}{i}"] = pronoun(p, form)

    # ---- paragraphs ----------------------------------------------------------------------------

    def speaker(self, rng: random.Random, ctx: Context, index: int, quotes: Pool, reports: Pool, warns: Pool,
                follow: int) -> str:
        """A paragraph in which one person speaks: a first sentence and up to `follow` follow-ups."""
        ctx.speaker = index
        out: list[str] = []
        warned = False
        for n in range(follow + 1):
            r = rng.random()
            kind = "first" if n == 0 else "follow"
            if r < (0.55 if n == 0 else 0.45) or not reports:
                ctx["q"], ctx["q2"] = cap(ctx.fmt(quotes.take())), cap(ctx.fmt(quotes.take()))
                out.append(ctx.frame(f"quote_{kind}"))
            elif r < (0.85 if n == 0 else 0.8) or warned:
                ctx["r"] = ctx.fmt(reports.take())
                out.append(ctx.frame(f"report_{kind}"))
            elif r < 0.92 or n == 0:
                ctx["w"] = ctx.fmt(warns.take())
                out.append(ctx.frame(f"warn_{kind}"))
                warned = True
            else:
                out.append(ctx.frame("close_follow"))
                break
        return " ".join(cap(s) for s in out)

    def statement(self, rng: random.Random, ctx: Context, index: int, statements: Pool) -> str:
        ctx.org = index
        org = ctx.orgs[index]
        if rng.random() < 0.12:
            return cap(ctx.frame("no_comment"))
        ctx["s"] = ctx.fmt(statements.take())
        return cap(ctx.frame("statement_company" if org and org.kind == "company" else "statement"))

    def article(self, index: int) -> dict[str, str]:
        rng = random.Random(f"kg-benchmark-article:{self.seed}:{index}")
        c = self.cast(rng)
        t = TOPICS[c.topic]
        day = date(YEAR, 1, 1) + timedelta(days=rng.randrange(365))
        source, domain = rng.choice(SOURCES)
        ctx = Context(rng, c.people, c.orgs)
        self.slots(rng, c, ctx, day, source)
        o1, p1 = c.orgs[1], c.people[1]

        title = cap(ctx.fmt(rng.choice(t["headlines"])))
        dateline = f"{c.city.name.upper()}, {ap_date(day)}, {YEAR}"
        if rng.random() < 0.15:
            dateline += f" ({source})"
        lead = cap(ctx.fmt(rng.choice(t["leads"])))
        paragraphs = [f"{dateline} — {lead}"]
        details = rng.sample(t["details"], len(t["details"]))
        paragraphs.append(" ".join(cap(ctx.fmt(s)) for s in details[: rng.randint(1, 2)]))

        kinds = [p.kind if p else "" for p in c.people]
        used: set[str] = set()
        warns = Pool(rng, t["warn"], GENERIC_WARN, used)
        pools = {
            i: (Pool(rng, t.get(f"q{i}", ()), GENERIC_QUOTES.get(kinds[i], ()), used),
                Pool(rng, t.get(f"r{i}", ()), GENERIC_REPORTS.get(kinds[i], ()), used),
                warns)
            for i in (1, 2, 3, 4) if c.people[i]
        }
        paragraphs.append(self.speaker(rng, ctx, 1, *pools[1], follow=rng.choice((1, 1, 2))))

        middle = ["@statement"] + [f"@speaker{i}" for i in (2, 3, 4) if i in pools]
        if rng.random() < 0.5:
            middle.append("@speaker1")
        if 2 in pools and rng.random() < 0.3:
            middle.append("@speaker2")
        if len(t["statements"]) > 1 and rng.random() < 0.25:
            middle.append("@statement")
        rng.shuffle(middle)

        statements = Pool(rng, t["statements"], (), used)
        statement_org = STATEMENT_ORG.get(c.topic, 1) or rng.choice((1, 2))
        company_filler = FILLER_COMPANY if o1 and o1.kind == "company" else ()
        if not (p1 and p1.org is o1):
            company_filler = tuple(f for f in company_filler if "{P1" not in f)
        o3 = c.orgs[3]
        extra = t["extra"]
        if not (o3 and o3.kind == "company"):  # "Rival {O3}", "a stake held by {O3}" need a company
            company_filler = tuple(f for f in company_filler if "{O3}" not in f)
            extra = tuple(f for f in extra if "{O3}" not in f or c.topic in ("summit", "research"))
        fillers = Pool(rng, FILLER + company_filler, extra, used)
        closing_template = rng.choice(t["closings"] + GENERIC_CLOSINGS)
        target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 50)
        words = sum(len(p.split()) for p in paragraphs)

        def add(text: str) -> None:
            nonlocal words
            paragraphs.append(text)
            words += len(text.split())

        def add_fillers(goal: int) -> None:
            """Filler paragraphs of one to three sentences until `words` reaches `goal`."""
            tries = 0
            while words < goal and tries < 12:
                tries += 1
                text = " ".join(cap(ctx.fmt(fillers.take())) for _ in range(rng.randint(1, 3)))
                if words + len(text.split()) > MAX_WORDS - 30:
                    text = cap(ctx.fmt(fillers.take()))
                    if words + len(text.split()) > MAX_WORDS - 30:
                        return
                add(text)

        # Paragraphs are rendered in document order so first mentions come first; filler is spread
        # between the middle paragraphs to reach the target length (about 50 words a paragraph).
        for n, item in enumerate(middle):
            left = len(middle) - n
            share = (target - words - 50 * left - 15) // (left + 1)
            if share > 20:
                add_fillers(words + share)
            if item == "@statement":
                add(self.statement(rng, ctx, statement_org, statements))
            else:
                i = int(item[-1])
                add(self.speaker(rng, ctx, i, *pools[i], follow=rng.choice((0, 1, 1, 2, 2))))
        add_fillers(target - 15)
        add(cap(ctx.fmt(closing_template)))
        if words < MIN_WORDS:
            closing = paragraphs.pop()
            words -= len(closing.split())
            add_fillers(MIN_WORDS + 5)
            add(closing)

        body = "\n\n".join(paragraphs)
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80].rstrip("-")
        hour, minute = rng.randint(5, 22), rng.randrange(0, 60)
        return {
            "id": f"article-{index:05d}",
            "title": title,
            "text": body,
            "url": f"https://www.{domain}/{day:%Y/%m/%d}/{slug}-{index}",
            "published": f"{day.isoformat()}T{hour:02d}:{minute:02d}:00Z",
            "source": source,
        }


def generate(count: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield `count` article dicts {id, title, text, url, published, source}, one at a time.

    The same seed always yields the same articles; article i does not depend on `count`.
    """
    gen = Generator(seed)
    for index in range(1, count + 1):
        yield gen.article(index)


def write(articles: Iterator[dict[str, str]], out: Path, fmt: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    if fmt == "jsonl":
        with open(out / "articles.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for art in articles:
                fh.write(json.dumps(art, ensure_ascii=False) + "\n")
                n += 1
        return n
    for art in articles:
        path = out / f"{art['id']}.txt"
        path.write_text(f"{art['title']}\n\n{art['text']}\n", encoding="utf-8", newline="\n")
        n += 1
    return n


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description=(
            "Generate realistic synthetic English news articles for benchmarking kg, with no outside data.\n\n"
            "Articles (250-600 words) have a headline, a dateline, job titles, direct quotes, reported\n"
            "speech, pronouns, organizations that speak, events, places and dates. People, organizations,\n"
            "places and events recur across articles with a Zipf-like distribution: a few appear in\n"
            "hundreds of articles, most in one or two. The same --seed always gives byte-identical\n"
            "output, and article N is the same whatever --count is."
        ),
        epilog=(
            "examples:\n"
            "  python benchmarks/generate.py --count 1000 --seed 7 --out /tmp/news\n"
            "      writes /tmp/news/article-00001.txt ... (title, blank line, body)\n"
            "  python benchmarks/generate.py --count 10000 --seed 7 --out /tmp/news --format jsonl\n"
            "      writes /tmp/news/articles.jsonl, one {id, title, text, url, published, source} per line\n"
            "  kg build /tmp/news   # then time the pipeline on it"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--count", "-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", "-s", type=int, default=0, help="random seed; same seed, same output (default 0)")
    parser.add_argument("--out", "-o", type=Path, required=True, help="output directory (created if missing)")
    parser.add_argument("--format", "-f", choices=("txt", "jsonl"), default="txt",
                        help="txt: one file per article; jsonl: DIR/articles.jsonl (default txt)")
    parser.add_argument("--quiet", "-q", action="store_true", help="do not print a summary to stderr")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must be zero or more")
    start = time.perf_counter()
    n = write(generate(args.count, args.seed), args.out, args.format)
    if not args.quiet:
        where = args.out / "articles.jsonl" if args.format == "jsonl" else args.out
        print(f"wrote {n} articles to {where} in {time.perf_counter() - start:.2f}s (seed {args.seed})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
