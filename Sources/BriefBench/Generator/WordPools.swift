/// The vocabulary the generated briefs are written in: names (some with diacritics, as real
/// bibliographies have), title words, publications, and words for running text.
enum WordPools {
    static let surnames = [
        "Caryl", "Gordon", "Nissembaum", "Pugliese", "Ryan", "Entous", "Hodge", "Dagher",
        "Abbott", "Barnes", "Castillo", "Dawson", "Eriksen", "Fischer", "Garcia", "Hamid",
        "Ibrahim", "Jensen", "Kowalski", "Lambert", "Morales", "Nakamura", "O'Brien", "Petrov",
        "Quinn", "Rahman", "Schmidt", "Tanaka", "Usman", "Vasquez", "Walker", "Xu", "Yilmaz",
        "Zhang", "Müller", "Núñez", "Ødegaard", "Çelik", "Lefèvre", "Sørensen", "Brandt",
        "Cooper", "Donovan", "Ellison", "Fletcher", "Grant", "Hughes", "Ivanova", "Jacobs",
        "Keller", "Larsen", "Mitchell", "Novak", "Ortega", "Parker", "Reyes", "Sullivan",
        "Thompson", "Underwood", "Vogel", "Weber", "Young", "Zimmerman", "Ahmed", "Bauer",
        "Chen", "Diaz", "Evans", "Foster", "Gupta", "Hansen", "Iqbal", "Johansson", "Khan",
        "Lindqvist", "Moreau", "Nielsen", "Okafor", "Park", "Rossi", "Santos", "Takahashi",
        "Vargas", "Wright", "Aziz", "Bianchi", "Costa", "Duarte", "Espinoza", "Ferrari",
        "Haddad", "Kaplan", "Levy", "Mansour", "Nowak", "Owens", "Popescu", "Richter",
        "Saleh", "Tran", "Volkov", "Wolff", "Yamamoto", "de Souza", "Van Buren", "McAllister",
    ]

    /// Real bibliographies have many more surnames than a list can hold: most names are built
    /// from these parts (400 of them), the common ones above are drawn now and then.
    static let surnameStarts = [
        "Al", "Ber", "Cas", "Dor", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kal", "Lin", "Mar",
        "Nor", "Or", "Per", "Quin", "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Yor", "Zan",
    ]
    static let surnameEnds = [
        "ton", "berg", "son", "ez", "ini", "ova", "ski", "man", "ard", "ley", "ford", "wick",
        "stein", "elli", "ado", "sen",
    ]

    static func surname(_ random: inout SeededRandom) -> String {
        random.chance(0.4) ? random.pick(surnames) : random.pick(surnameStarts) + random.pick(surnameEnds)
    }

    static let givenNames = [
        "Christian", "Michael R.", "Dion", "Adam", "Nathan", "Sam", "David", "Missy", "Anna",
        "Benjamin", "Clara", "Daniel", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "James",
        "Katarzyna", "Leila", "Marco", "Nadia", "Oliver", "Priya", "Rafael", "Sofia", "Thomas",
        "Ulrike", "Victor", "Wen", "Yusuf", "Zoë", "José", "Søren", "Amélie", "John F.",
        "Mary K.", "Peter", "Rebecca", "Samuel", "Tamar", "Omar", "Li", "Fatima", "Ahmed",
        "Isabel", "Jonas", "Karen", "Lukas", "Maya", "Noah", "Paula", "Ruth", "Simon", "Tess",
    ]

    static let titleWords = [
        "Russia", "Syria", "Iraq", "Iran", "Coalition", "Intelligence", "Sharing", "Airstrike",
        "Rebels", "Officials", "Partnership", "Challenge", "Accord", "Deals", "Realists",
        "Beware", "Surprises", "Battling", "Defeat", "Islamic", "State", "Alliance", "Strategy",
        "Sanctions", "Energy", "Pipeline", "Ceasefire", "Refugees", "Border", "Security",
        "Diplomacy", "Summit", "Talks", "Treaty", "Nuclear", "Deterrence", "Economy", "Trade",
        "Markets", "Elections", "Parliament", "Reform", "Protest", "Militia", "Drones",
        "Cyber", "Influence", "Power", "Region", "Crisis", "Recovery", "Aid", "Water", "Oil",
        "Gas", "Army", "Navy", "Bases", "Withdrawal", "Surge", "Insurgency", "Governance",
        "Corruption", "Kurds", "Turkey", "Jordan", "Lebanon", "Gulf", "Europe", "Washington",
        "Moscow", "Tehran", "Baghdad", "Damascus", "Ankara", "Riyadh", "Kremlin", "Pentagon",
        "Mission", "Failure", "Success", "Lessons", "Limits", "Future", "Shadow", "Promise",
        "Risks", "Gamble", "Stakes", "Pivot", "Return", "Retreat", "Rivalry", "Order",
    ]

    static let titleGlue = ["with", "of", "in", "for", "and", "to", "after", "over", "against", "the"]

    static let publications = [
        "Foreign Policy", "The New York Times", "Wall Street Journal", "Ottawa Citizen",
        "The Washington Post", "The Guardian", "Financial Times", "The Economist", "Reuters",
        "Al-Monitor", "Le Monde", "Der Spiegel", "The Atlantic", "Foreign Affairs",
        "Politico", "BBC News", "Associated Press", "The Times", "Haaretz", "Asharq Al-Awsat",
    ]

    static let sections = [
        "Middle East", "World", "National Security", "Politics", "Opinion", "Europe",
        "Business", "Analysis", "Defense", "Asia",
    ]

    static let months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

    static let bodyWords = [
        "the", "government", "announced", "a", "new", "intelligence", "cell", "with", "cooperation",
        "from", "officials", "said", "that", "coalition", "forces", "would", "continue", "to",
        "work", "on", "security", "in", "region", "analysts", "argue", "this", "move", "is",
        "likely", "part", "of", "broader", "strategy", "which", "has", "strained", "relations",
        "between", "major", "powers", "and", "their", "allies", "while", "rebels", "fight",
        "ground", "airstrikes", "targeted", "groups", "sponsored", "by", "western", "states",
        "however", "differences", "remain", "over", "future", "regime", "Assad", "Putin",
        "Iraq’s", "Russia’s", "U.S.", "C.I.A.", "announcement", "came", "as", "shock",
        "ministry", "spokesman", "confirmed", "talks", "will", "resume", "next", "week",
        "under", "pressure", "sanctions", "energy", "prices", "fell", "sharply", "after",
        "déjà", "vu", "naïve", "—", "(see", "above)", "“so-called”", "partners", "[sic]",
    ]
}
