/// Street addresses in the service area: London, St. Thomas and Strathroy, Ontario.
enum DemoPlaces {
    struct Town: Sendable {
        let name: String
        let streets: [String]
        /// Forward sortation areas (the first three characters of the postal code).
        let fsas: [String]
    }

    static let london = Town(name: "London", streets: [
        "Dundas St", "Richmond St", "Oxford St E", "Oxford St W", "Wellington Rd", "Commissioners Rd W",
        "Adelaide St N", "Hamilton Rd", "Wonderland Rd S", "Fanshawe Park Rd E", "Huron St", "Southdale Rd E",
        "Baseline Rd W", "Trafalgar St", "Quebec St", "Egerton St", "Springbank Dr", "Highbury Ave N",
        "Clarke Rd", "Jalna Blvd", "Grenfell Dr", "Kipps Lane", "Cheapside St", "Sarnia Rd", "Base Line Rd E",
        "Whetter Ave", "Osgoode Dr", "Simcoe St", "York St", "Horton St E", "Pond Mills Rd", "Sherwood Forest Sq",
    ], fsas: ["N5V", "N5W", "N5X", "N5Y", "N5Z", "N6A", "N6B", "N6C", "N6E", "N6G", "N6H", "N6J", "N6K", "N6M", "N6P"])

    static let stThomas = Town(name: "St. Thomas", streets: [
        "Talbot St", "Wellington St", "Elm St", "Edward St", "First Ave", "Sunset Dr", "Fairview Ave",
        "Balaclava St", "Confederation Dr", "Chestnut St", "Ross St", "Kains St", "Redan St", "Burwell Rd",
    ], fsas: ["N5P", "N5R"])

    static let strathroy = Town(name: "Strathroy", streets: [
        "Frank St", "Metcalfe St", "Front St W", "Caradoc St N", "Albert St", "Head St N", "Victoria St",
        "Zimmerman St", "Carroll St E", "Saxton Rd",
    ], fsas: ["N7G"])

    /// Letters Canada Post uses in a postal code's last three characters (no D, F, I, O, Q, U).
    private static let postalLetters = Array("ABCEGHJKLMNPRSTVWXYZ")

    /// The town follows the client's site: St. Thomas clients mostly live in St. Thomas; London sites
    /// also serve Strathroy.
    static func address(siteIndex: Int, _ rng: inout SplitMix64) -> String {
        let town: Town
        if siteIndex == 2 {
            town = rng.chance(0.85) ? stThomas : london
        } else {
            town = rng.chance(0.9) ? london : strathroy
        }
        let number = rng.weighted([(1...99, 2), (100...999, 5), (1000...2999, 3)])
        var street = String(rng.int(in: number)) + " " + rng.pick(town.streets)
        if rng.chance(0.25) {
            street = "Apt " + String(rng.int(in: 1...22) * 100 + rng.int(in: 1...18)) + ", " + street
        }
        let postal = rng.pick(town.fsas) + " " + String(rng.int(in: 1...9))
            + String(rng.pick(postalLetters)) + String(rng.int(in: 0...9))
        return street + ", " + town.name + ", ON " + postal
    }
}
