/// Word lists for demo stories. Values that land in configurable lists (closure reasons, plan item
/// types, support categories, end reasons) are spelled exactly as `ValueListKind.seedValues`.
enum DemoWords {
    /// Job titles with the kinds of local business (`DemoEmployers`) that hire for them.
    static let jobs: [(title: String, kinds: [String])] = [
        ("Warehouse Associate", ["Logistics", "Distribution Centre", "Auto Parts", "Moving & Storage"]),
        ("Personal Support Worker", ["Home Care", "Retirement Residence", "Seniors' Home Support"]),
        ("Line Cook", ["Family Restaurant", "Catering", "Hotel"]),
        ("Forklift Operator", ["Logistics", "Distribution Centre", "Manufacturing", "Plastics"]),
        ("Customer Service Representative", ["Call Centre", "Staffing Solutions", "IT Services", "Property Management"]),
        ("Cashier", ["Grocers", "Hardware", "Pharmacy", "Garden Centre", "Pet Supplies"]),
        ("General Labourer", ["Construction", "Landscaping", "Farms", "Greenhouses", "Manufacturing"]),
        ("Administrative Assistant", ["Property Management", "Bookkeeping", "Community Health Centre", "Construction"]),
        ("Custodian", ["Cleaning Services", "Property Management", "Retirement Residence"]),
        ("Delivery Driver", ["Logistics", "Pharmacy", "Print & Sign", "Furniture", "Auto Parts"]),
        ("Early Childhood Assistant", ["Child Care Centre"]),
        ("Machine Operator", ["Manufacturing", "Plastics", "Tool & Die", "Food Processing"]),
        ("Retail Sales Associate", ["Hardware", "Furniture", "Pet Supplies", "Garden Centre", "Grocers"]),
        ("Dishwasher", ["Family Restaurant", "Catering", "Hotel", "Retirement Residence"]),
        ("Security Guard", ["Security Services"]),
        ("Bookkeeper", ["Bookkeeping", "Property Management", "Construction"]),
        ("Dental Receptionist", ["Dental Centre"]),
        ("Landscape Labourer", ["Landscaping", "Garden Centre"]),
        ("Welder", ["Welding & Fabrication", "Tool & Die", "Manufacturing"]),
        ("Call Centre Agent", ["Call Centre"]),
        ("Food Production Worker", ["Food Processing", "Meat Packers", "Bakery"]),
        ("Home Support Worker", ["Home Care", "Seniors' Home Support"]),
        ("Painter", ["Construction", "Property Management"]),
        ("Prep Cook", ["Family Restaurant", "Catering", "Hotel", "Bakery"]),
        ("IT Help Desk Technician", ["IT Services"]),
        ("Shipper/Receiver", ["Logistics", "Distribution Centre", "Auto Parts", "Manufacturing"]),
        ("Housekeeping Aide", ["Hotel", "Retirement Residence", "Cleaning Services"]),
        ("Assembler", ["Manufacturing", "Cabinetry", "Auto Parts"]),
        ("Pharmacy Assistant", ["Pharmacy"]),
        ("Truck Driver (AZ)", ["Trucking", "Logistics"]),
        ("Server", ["Family Restaurant", "Hotel"]),
        ("Barista", ["Coffee Roasters"]),
        ("Medical Office Assistant", ["Community Health Centre", "Physiotherapy", "Optometry", "Veterinary Clinic"]),
        ("Data Entry Clerk", ["Bookkeeping", "Staffing Solutions", "IT Services"]),
        ("Carpenter's Helper", ["Construction", "Cabinetry", "Roofing"]),
        ("Auto Detailer", ["Car Wash", "Auto Body", "Tire & Service"]),
        ("Electrician's Helper", ["Electric", "Plumbing & Heating", "Construction"]),
        ("Front Desk Attendant", ["Fitness Club", "Hotel"]),
        ("Laundry Attendant", ["Laundry", "Hotel", "Retirement Residence"]),
    ]

    static func goal(for title: String, _ rng: inout SplitMix64) -> String {
        switch rng.below(4) {
        case 0: return "Full-time work as " + DemoText.withArticle(title)
        case 1: return "Part-time work as " + DemoText.withArticle(title) + " while finishing upgrading"
        case 2: return "Return to work as " + DemoText.withArticle(title)
        default: return "Steady work as " + DemoText.withArticle(title) + " within 6 months"
        }
    }

    static func saContact(given: String, family: String, source: ReferralSource, siteIndex: Int,
                          _ rng: inout SplitMix64) -> String {
        let user = String(DemoText.asciiSlug(given).prefix(1)) + "." + DemoText.asciiSlug(family)
        let domain = source == .odsp ? "ontario.ca" : (siteIndex == 2 ? "stthomas.ca" : "london.ca")
        let office = source == .odsp ? "519-873-4410" : (siteIndex == 2 ? "519-637-2260" : "519-930-3150")
        return user + "@" + domain + ", " + office + " ext. " + String(rng.int(in: 2100...6899))
    }

    static let saComments = [
        "Client is motivated; transportation is the main barrier.", "Needs child care before starting full-time work.",
        "Interested in a forklift licence; will need help with the cost.", "Has a criminal record check pending.",
        "Prefers day shifts; caring for a parent in the evenings.", "Language training recommended alongside job search.",
        "Client has a G2 licence and access to a car.", "Recent newcomer; credentials assessment under way.",
    ]

    static let earlyClosureReasons: [(String, Int)] = [
        ("Client withdrew", 25), ("Moved out of area", 15), ("Referred to another program", 14),
        ("Returned to school", 14), ("Unable to contact", 20), ("Not eligible", 5), ("Other", 7),
    ]

    static let planItemTypes: [(String, Int)] = [
        ("Job Search", 22), ("Workshop", 16), ("Training", 10), ("Life Stabilization", 9), ("Financial Support", 6),
        ("Job Matching", 8), ("Job Placement", 5), ("Education", 4), ("Better Jobs Ontario", 4), ("Apprenticeship", 3),
        ("Ontario Bridge Training", 2),
    ]

    /// A description and a typical length in days for each plan item type.
    static func planItem(_ type: String, _ rng: inout SplitMix64) -> (String, ClosedRange<Int>) {
        switch type {
        case "Job Search": return (rng.pick(["Targeted job search", "Job search with weekly check-ins", "Résumé and cover letter, then applications"]), 30...90)
        case "Workshop": return (rng.pick(["Interview skills workshop", "Résumé writing workshop", "Workplace communication workshop", "Digital skills: email and online applications", "Financial literacy workshop"]), 1...5)
        case "Training": return (rng.pick(["Forklift certification", "WHMIS and Working at Heights", "Smart Serve and safe food handling", "First Aid/CPR Level C", "Microsoft Excel basics", "AZ licence training", "Customer service certificate"]), 2...60)
        case "Education": return (rng.pick(["Academic upgrading (Grade 12 English)", "GED preparation", "LINC English classes, level 5", "Adult credit program"]), 60...240)
        case "Life Stabilization": return (rng.pick(["Housing support", "Mental health counselling", "Child care subsidy application", "Legal clinic", "Food bank and community supports"]), 14...90)
        case "Financial Support": return (rng.pick(["Bus pass for job search", "Safety boots for new job", "Child care during training"]), 7...30)
        case "Job Matching": return (rng.pick(["Matched to warehouse openings", "Matched to retail openings", "Employer introductions"]), 14...60)
        case "Job Placement": return (rng.pick(["Paid job trial", "Placement with incentive"]), 30...90)
        case "Better Jobs Ontario": return (rng.pick(["BJO: Personal Support Worker certificate", "BJO: Welding techniques", "BJO: Office administration"]), 120...365)
        case "Apprenticeship": return (rng.pick(["Electrician apprenticeship (309A)", "Automotive service technician apprenticeship", "Cook apprenticeship"]), 180...365)
        default: return ("Bridge training for internationally trained professionals", 120...300)
        }
    }

    static let endReasons: [(String, Int)] = [
        ("Laid off", 30), ("Quit", 20), ("Dismissed", 10), ("Contract ended", 25), ("Moved to better job", 10), ("Other", 5),
    ]

    static let jobSeekerSupports: [(String, Int)] = [
        ("Transportation", 34), ("Work clothing and tools", 24), ("Training costs", 16), ("Child care", 10), ("Other", 6),
    ]

    static func supportAmountCents(_ category: String, _ rng: inout SplitMix64) -> Int {
        switch category {
        case "Transportation": return rng.pick([13_600, 6_800, 12_500, 9_000]) + (rng.chance(0.3) ? rng.int(in: 1...40) * 250 : 0)
        case "Work clothing and tools": return rng.int(in: 8...45) * 1_000 + rng.pick([0, 499, 999, 1_250])
        case "Training costs": return rng.int(in: 5...60) * 5_000
        case "Child care": return rng.int(in: 4...30) * 5_000
        case "Training incentive (placement)": return rng.int(in: 2...10) * 50_000
        case "Job trial": return rng.int(in: 4...16) * 25_000
        default: return rng.int(in: 5...40) * 1_000
        }
    }

    static func supportRationale(_ category: String, title: String, _ rng: inout SplitMix64) -> String {
        switch category {
        case "Transportation": return rng.pick(["Monthly LTC bus pass for job search and interviews.", "Bus pass for the first month of work until first pay.", "Gas card for shifts outside bus hours."])
        case "Work clothing and tools": return "Safety boots and work gear required to start as " + DemoText.withArticle(title) + "."
        case "Training costs": return rng.pick(["Course fees for certification required by employers.", "Exam and licensing fees."])
        case "Child care": return "Child care for the training period; subsidy application pending."
        case "Training incentive (placement)": return "Incentive for hiring and training the client as " + DemoText.withArticle(title) + "; placement agreement signed."
        case "Job trial": return "Paid two-week job trial as " + DemoText.withArticle(title) + "."
        default: return rng.pick(["Police check for employment.", "Cell phone plan so employers can reach the client."])
        }
    }

    static func documentReference(on day: LocalDate, _ rng: inout SplitMix64) -> String {
        let n = DemoText.pad(rng.int(in: 1...9_999), 4)
        switch rng.below(3) {
        case 0: return "FS-\(day.year)-" + n
        case 1: return "Receipt \(rng.int(in: 10_000...99_999)) (scanned " + day.iso + ")"
        default: return "Quote Q" + n + " on file"
        }
    }

    static let appointmentPurposes = [
        "EAP review", "Résumé review", "Job search check-in", "Interview preparation", "Financial support paperwork",
        "Job matching", "Cover letter help", "Training options", "Follow-up meeting",
    ]
    static let noShowReasons = ["No call, no show", "Did not attend; voicemail left to rebook", "Client forgot; rebooking"]
    static let lateReasons = ["Bus was late", "Arrived 20 minutes late; traffic", "Child care drop-off ran late"]
    static let clientCancelReasons = [
        "Sick child", "Client ill", "Job interview at the same time", "Medical appointment", "Family emergency",
        "No bus fare until Friday", "Started a shift; asked to move it",
    ]
    static let staffCancelReasons = ["Caseworker ill", "Site closed early for weather", "Caseworker in training"]

    static let followUpTitles = [
        "Call back about bus pass receipt", "Check police check result", "Confirm interview outcome",
        "Send résumé to employer contact", "Check child care subsidy decision", "Confirm start date with employer",
        "Collect safety boots receipt", "Ask OW caseworker about shelter allowance letter", "Book interview practice",
    ]
    static let followUpCompletions = ["Done; receipt on file.", "Spoke with client; all set.", "Employer confirmed.",
                                      "Left voicemail and emailed; client replied."]
}
