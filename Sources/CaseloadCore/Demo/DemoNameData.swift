/// A name written in its own script, with the romanisation used for e-mail addresses.
struct ScriptName: Sendable {
    let text: String
    let latin: String
}

/// One naming tradition among Employment Ontario clients in the London region.
struct NameCulture: Sendable {
    let weight: Int
    let given: [String]
    let family: [String]
    /// Some people write their name in its own script (王秀英, أميرة حداد); `scriptShare` of them do.
    let scriptGiven: [ScriptName]
    let scriptFamily: [ScriptName]
    let scriptShare: Double
    /// Preferred languages among people of this tradition, with weights.
    let languages: [(String, Int)]
    /// Everyday English names some people go by (`preferredName`).
    let preferred: [String]
    let preferredShare: Double

    init(weight: Int, given: [String], family: [String], scriptGiven: [ScriptName] = [],
         scriptFamily: [ScriptName] = [], scriptShare: Double = 0, languages: [(String, Int)] = [("English", 1)],
         preferred: [String] = [], preferredShare: Double = 0) {
        self.weight = weight; self.given = given; self.family = family; self.scriptGiven = scriptGiven
        self.scriptFamily = scriptFamily; self.scriptShare = scriptShare; self.languages = languages
        self.preferred = preferred; self.preferredShare = preferredShare
    }
}

private func s(_ pairs: [(String, String)]) -> [ScriptName] { pairs.map { ScriptName(text: $0.0, latin: $0.1) } }

/// Weights follow the region's census mix and the programme's clientele, roughly.
let demoCultures: [NameCulture] = [
    // English Canadian
    NameCulture(weight: 30,
        given: ["Emma", "Olivia", "Liam", "Noah", "Ethan", "Hannah", "Madison", "Tyler", "Brandon", "Ashley",
                "Jessica", "Kyle", "Megan", "Ryan", "Sarah", "Jordan", "Taylor", "Dylan", "Brittany", "Cody",
                "Heather", "Shawn", "Amanda", "Derek", "Kayla", "Travis", "Lauren", "Justin", "Crystal", "Corey",
                "Robert", "Linda", "William", "Katherine", "Elizabeth", "Michael", "Jennifer", "Gordon", "Donna", "Wayne"],
        family: ["Smith", "MacDonald", "Campbell", "Thompson", "Wilson", "Brown", "Taylor", "Anderson", "Murray",
                 "Stewart", "Fraser", "Robertson", "McLean", "Graham", "Hughes", "Baker", "Mitchell", "Clarke",
                 "Walsh", "O'Brien", "Sullivan", "Fitzgerald", "Morrison", "Harrison", "Bennett", "Cooper",
                 "Gallagher", "Doyle", "Kennedy", "Reid", "Young", "Scott", "Hamilton", "Sinclair", "Lawson"],
        preferred: ["Bob", "Liz", "Kate", "Mike", "Jen", "Bill", "Katie", "Rob"], preferredShare: 0.06),
    // French Canadian and Franco-Ontarian
    NameCulture(weight: 7,
        given: ["Zoë", "Chloé", "François", "Hélène", "Noël", "Éloïse", "Mathéo", "Émilie", "Benoît", "Gaëlle",
                "Jérôme", "Stéphane", "Josée", "Marie-Ève", "Jean-Philippe", "Geneviève", "Sébastien", "Anaïs",
                "Loïc", "Mélanie", "Réjean", "Thérèse", "André", "Céline", "Luc", "Maxime", "Nathalie", "Olivier"],
        family: ["Côté", "Gagné", "Bélanger", "Lévesque", "Tremblay", "Gagnon", "Bouchard", "Pelletier", "Roy",
                 "Bergeron", "Fortin", "Lefebvre", "Ouellet", "Thériault", "Desjardins", "Leblanc", "Dubé",
                 "Poirier", "Cloutier", "Lavoie", "Bédard", "Paquette", "Charbonneau", "St-Pierre", "Robichaud"],
        languages: [("French", 5), ("English", 5)]),
    // Indigenous families of the Thames and Grand River communities
    NameCulture(weight: 4,
        given: ["Tanya", "Cheyenne", "Dakota", "Shawnee", "Ryan", "Brandon", "Tara", "Kenneth", "Summer",
                "Autumn", "Raven", "Jesse", "Destiny", "Travis", "Marlene", "Colton", "Skye", "Wesley"],
        family: ["Doxtator", "Cornelius", "Antone", "Deleary", "Nicholas", "Kechego", "Whiteye", "Albert",
                 "Hill", "Powless", "Sturgeon", "Fisher", "Riley", "Huff", "Henry", "Tobias", "Jacobs",
                 "Logan", "Beeswax", "Elijah", "Summers", "Waucaush", "French"]),
    // South Asian
    NameCulture(weight: 9,
        given: ["Priya", "Arjun", "Harpreet", "Gurpreet", "Simran", "Manpreet", "Rohan", "Ananya", "Vikram",
                "Deepika", "Amandeep", "Navjot", "Rajesh", "Sunita", "Farhan", "Ayesha", "Imran", "Sana",
                "Kiran", "Jaspreet", "Ravi", "Neha", "Sandeep", "Pooja", "Tariq", "Nusrat"],
        family: ["Sharma", "Patel", "Singh", "Kaur", "Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Brar",
                 "Khan", "Ahmed", "Chowdhury", "Rahman", "Iyer", "Reddy", "Nair", "Desai", "Mehta", "Joshi",
                 "Malik", "Qureshi", "Hossain", "Sivakumar", "Thangarajah"],
        languages: [("English", 5), ("Punjabi", 3), ("Hindi", 1), ("Urdu", 1), ("Tamil", 1), ("Bengali", 1)]),
    // Chinese
    NameCulture(weight: 6,
        given: ["Xiuying", "Wei", "Min", "Jing", "Li Na", "Hao", "Yan", "Jun", "Mei", "Lei", "Xiaoming", "Yifan",
                "Zhen", "Qiang", "Ling", "Ka Wai", "Wing Yan", "Chun Kit"],
        family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
                 "Ma", "Zhu", "Hu", "Guo", "Lin", "Wong", "Chan", "Leung"],
        scriptGiven: s([("秀英", "Xiuying"), ("伟", "Wei"), ("敏", "Min"), ("静", "Jing"), ("丽娜", "Lina"),
                        ("浩", "Hao"), ("燕", "Yan"), ("俊", "Jun"), ("美玲", "Meiling"), ("磊", "Lei"),
                        ("晓明", "Xiaoming"), ("一帆", "Yifan"), ("志强", "Zhiqiang"), ("玲", "Ling")]),
        scriptFamily: s([("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                         ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
                         ("徐", "Xu"), ("孙", "Sun"), ("林", "Lin"), ("郭", "Guo")]),
        scriptShare: 0.35,
        languages: [("Mandarin", 5), ("Cantonese", 2), ("English", 3)],
        preferred: ["Grace", "Kevin", "Jenny", "Tony", "Vivian", "Eric", "Cindy", "Jason"], preferredShare: 0.2),
    // Arabic-speaking
    NameCulture(weight: 10,
        given: ["Amira", "Mohammed", "Ahmad", "Fatima", "Omar", "Layla", "Yousef", "Nour", "Khaled", "Rania",
                "Hassan", "Mariam", "Ali", "Huda", "Samir", "Yara", "Tarek", "Dalia", "Bilal", "Reem", "Ibrahim", "Salma"],
        family: ["Haddad", "Khoury", "Al-Sayed", "Hamdan", "Nasser", "Saleh", "Mansour", "Aziz", "Darwish",
                 "Al-Hashimi", "Khalil", "Farah", "Jaber", "Othman", "Barakat", "Suleiman", "Habib", "Al-Masri"],
        scriptGiven: s([("أميرة", "Amira"), ("محمد", "Mohammed"), ("أحمد", "Ahmad"), ("فاطمة", "Fatima"),
                        ("عمر", "Omar"), ("ليلى", "Layla"), ("يوسف", "Yousef"), ("نور", "Nour"),
                        ("خالد", "Khaled"), ("رانيا", "Rania"), ("حسن", "Hassan"), ("مريم", "Mariam")]),
        scriptFamily: s([("حداد", "Haddad"), ("خوري", "Khoury"), ("حمدان", "Hamdan"), ("ناصر", "Nasser"),
                         ("صالح", "Saleh"), ("منصور", "Mansour"), ("عزيز", "Aziz"), ("درويش", "Darwish"),
                         ("خليل", "Khalil"), ("جابر", "Jaber")]),
        scriptShare: 0.2,
        languages: [("Arabic", 6), ("English", 4)]),
    // Somali
    NameCulture(weight: 3,
        given: ["Abdi", "Hodan", "Mohamed", "Fadumo", "Ayaan", "Abdirahman", "Hamdi", "Ilhan", "Mahad",
                "Sagal", "Warsame", "Nasra", "Liban", "Deqa", "Hibaaq"],
        family: ["Abdi", "Warsame", "Farah", "Hussein", "Mohamud", "Yusuf", "Jama", "Osman", "Ali", "Egal",
                 "Nur", "Hassan", "Ahmed", "Duale", "Omar"],
        languages: [("Somali", 5), ("English", 4), ("Arabic", 1)]),
    // Eritrean and Ethiopian (Tigrinya, Amharic)
    NameCulture(weight: 3,
        given: ["Tesfay", "Selam", "Yonas", "Helen", "Mehari", "Saba", "Dawit", "Senait", "Filmon", "Rahel",
                "Tekle", "Luwam", "Habtom", "Mekdes", "Biniam"],
        family: ["Gebremedhin", "Tesfamariam", "Haile", "Kidane", "Ghebreyesus", "Berhane", "Tekle",
                 "Woldemichael", "Abraha", "Negash", "Mengistu", "Asmerom", "Yohannes"],
        languages: [("Tigrinya", 6), ("Amharic", 2), ("English", 2)]),
    // Latin American and Spanish
    NameCulture(weight: 6,
        given: ["Mateo", "Sofía", "Valentina", "Santiago", "Camila", "Diego", "Lucía", "Alejandro", "Isabella",
                "José", "María José", "Andrés", "Gabriela", "Joaquín", "Ximena", "Raúl", "Daniela", "Martín"],
        family: ["Hernández", "García", "Rodríguez", "Martínez", "López", "González", "Pérez", "Sánchez",
                 "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Castillo", "Núñez"],
        languages: [("Spanish", 5), ("English", 5)]),
    // Portuguese and Brazilian
    NameCulture(weight: 2,
        given: ["João", "Inês", "Tiago", "Beatriz", "Rui", "Conceição", "Gonçalo", "Leonor", "Paulo", "Fernanda"],
        family: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Medeiros",
                 "Sousa", "Carvalho", "Furtado", "Gonçalves"],
        languages: [("Portuguese", 3), ("English", 7)]),
    // Italian
    NameCulture(weight: 2,
        given: ["Giulia", "Marco", "Francesca", "Luca", "Alessandra", "Giuseppe", "Chiara", "Antonio",
                "Rosa", "Vincenzo", "Elena", "Matteo"],
        family: ["Russo", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
                 "Conti", "De Luca", "Mancini", "Costanzo", "Lombardi"]),
    // Polish and Ukrainian
    NameCulture(weight: 4,
        given: ["Agnieszka", "Krzysztof", "Małgorzata", "Tomasz", "Katarzyna", "Paweł", "Olena", "Andriy",
                "Oksana", "Dmytro", "Iryna", "Mykola", "Łukasz", "Zofia", "Yuliia", "Bohdan"],
        family: ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
                 "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hrytsenko"],
        languages: [("English", 5), ("Ukrainian", 3), ("Polish", 2)]),
    // Vietnamese
    NameCulture(weight: 3,
        given: ["Linh", "Minh", "Thảo", "Huy", "Ngọc", "Tuấn", "Lan", "Đức", "Phương", "Quang", "Hương", "Bảo"],
        family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"],
        languages: [("Vietnamese", 5), ("English", 5)],
        preferred: ["Tina", "Kevin", "Lily", "Peter"], preferredShare: 0.15),
    // Korean
    NameCulture(weight: 2,
        given: ["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo", "Ji-hoon", "Soo-ah", "Eun-ji", "Dong-hyun", "Ha-eun"],
        family: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
        languages: [("Korean", 5), ("English", 5)],
        preferred: ["Grace", "Daniel", "Esther", "Joseph"], preferredShare: 0.2),
    // Filipino
    NameCulture(weight: 4,
        given: ["Maricel", "Jomar", "Rowena", "Mark Anthony", "Lovely", "Jerome", "Cristina", "Rodel",
                "Angelica", "Ronaldo", "Jasmine", "Arnel"],
        family: ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva",
                 "Dela Cruz", "Aquino", "Manalo", "Soriano", "Pascual", "Tolentino"],
        languages: [("English", 6), ("Tagalog", 4)]),
    // Jamaican and Caribbean
    NameCulture(weight: 4,
        given: ["Shanice", "Andre", "Tanisha", "Marlon", "Keisha", "Dwayne", "Shantel", "Omari", "Latoya",
                "Devon", "Kemar", "Tamara", "Rohan", "Ackeem"],
        family: ["Campbell", "Brown", "Williams", "Clarke", "Grant", "Francis", "Morgan", "Thompson",
                 "Bailey", "Richards", "Gordon", "Henry", "Samuels", "McKenzie"]),
    // West African
    NameCulture(weight: 2,
        given: ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Kwame", "Abena", "Tunde", "Chiamaka"],
        family: ["Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Eze", "Adebayo", "Nwosu", "Owusu", "Afolabi"]),
    // Dutch and German heritage (rural Middlesex and Elgin)
    NameCulture(weight: 3,
        given: ["Hendrik", "Anneke", "Pieter", "Johanna", "Klaas", "Greta", "Dirk", "Ingrid", "Jacob", "Wilma"],
        family: ["Van Dyk", "De Boer", "Vandenberg", "Bakker", "Visser", "Hoekstra", "Schmidt", "Wagner",
                 "Klassen", "Dyck", "Friesen", "Penner", "Martens"],
        languages: [("English", 9), ("Plautdietsch", 1)]),
]
