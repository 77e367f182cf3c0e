package org.civicspace.bench.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The word lists the generated organisation names are built from: English, Spanish, French and Portuguese names of
 * the kinds a CSO registry holds, with accented words (Educación, Santé, São Paulo, Yaoundé) so that accent-free
 * matching is exercised. Lists with repeated entries are weighted: an entry that appears twice is drawn twice as often.
 */
final class Words {

    private Words() {
    }

    static final List<String> NOUNS = List.of("Association", "Network", "Foundation", "Alliance", "Coalition",
            "Centre", "Center", "Institute", "Society", "Council", "Forum", "Initiative", "Union", "Federation",
            "Trust", "Collective", "Movement", "League", "Committee", "Organisation", "Organization", "Partnership",
            "Fund", "Action Group", "Platform", "Consortium", "Project", "Agency", "Mission", "Service");

    static final List<String> ADJECTIVES = List.of("National", "International", "Regional", "Community", "Rural",
            "Urban", "Youth", "Women's", "Global", "African", "Asian", "Latin American", "Arab", "Pacific",
            "Caribbean", "European", "Indigenous", "Local", "United", "Independent", "Christian", "Islamic",
            "Catholic", "Democratic", "Progressive", "Grassroots", "Civic", "Popular", "People's", "Children's",
            "Student", "Young", "Mountain", "Coastal", "Island");

    static final List<String> TOPICS = List.of("Health", "Education", "Clean Water", "Sanitation", "Human Rights",
            "Peace", "Development", "Environment", "Climate Action", "Justice", "Democracy", "Child Protection",
            "Gender Equality", "Agriculture", "Food Security", "Disability Rights", "Migration", "Refugee Support",
            "Housing", "Literacy", "Nutrition", "Renewable Energy", "Good Governance", "Transparency",
            "Press Freedom", "Culture", "Heritage", "Research", "Technology", "Innovation", "Microfinance",
            "Labour Rights", "HIV/AIDS Prevention", "Malaria Control", "Maternal Health", "Mental Health",
            "Reproductive Health", "Primary Health Care", "Forest Conservation", "Ocean Conservation",
            "Wildlife Protection", "Fair Trade", "Sustainable Development", "Disaster Relief",
            "Humanitarian Assistance", "Conflict Resolution", "Legal Aid", "Anti-Corruption", "Social Justice",
            "Economic Empowerment", "Entrepreneurship", "Vocational Training", "Girls' Education",
            "Early Childhood Education", "Higher Education", "Public Health", "Road Safety", "Elderly Care",
            "Cancer Care", "Palliative Care", "Community Development", "Rural Development", "Urban Planning",
            "Digital Inclusion", "Open Data", "Civic Education", "Electoral Integrity", "Minority Rights",
            "Land Rights", "Water Management", "Biodiversity", "Sustainable Fisheries", "Organic Farming");

    static final List<String> PLACES = List.of("Nairobi", "Lagos", "Accra", "Dakar", "Kampala", "Addis Ababa",
            "Kinshasa", "Abidjan", "Dhaka", "Karachi", "Lahore", "Mumbai", "Delhi", "Chennai", "Kathmandu", "Colombo",
            "Manila", "Jakarta", "Hanoi", "Bangkok", "Yangon", "Lima", "Bogotá", "Quito", "La Paz", "Asunción",
            "Montevideo", "São Paulo", "Recife", "Belém", "Medellín", "Guadalajara", "Tegucigalpa", "Managua",
            "San José", "Port-au-Prince", "Kingston", "Beirut", "Amman", "Cairo", "Tunis", "Rabat", "Istanbul",
            "Tbilisi", "Yerevan", "Kyiv", "Warsaw", "Berlin", "Paris", "Lyon", "Genève", "Zürich", "Brussels",
            "London", "Manchester", "Dublin", "Oslo", "Stockholm", "Helsinki", "New York", "Chicago", "Toronto",
            "Montréal", "Sydney", "Auckland", "Suva", "Apia", "Cape Town", "Durban", "Harare", "Lusaka", "Maputo",
            "Antananarivo", "Douala", "Yaoundé", "Bamako", "Niamey", "Ouagadougou", "Cotonou", "Lomé", "Conakry",
            "Freetown", "Monrovia", "Córdoba", "Valparaíso", "Cusco", "Mérida", "Curitiba", "Goiânia");

    static final List<String> SURNAMES = List.of("Okonkwo", "Mensah", "Diallo", "Ndiaye", "Kamau", "Mwangi",
            "Banerjee", "Sharma", "Rahman", "Hossain", "Nguyen", "Santos", "Silva", "Pereira", "García", "Hernández",
            "López", "Müller", "Schmidt", "Dubois", "Lefèvre", "Rossi", "Kowalski", "Novak", "Andersson", "Nielsen",
            "O'Brien", "Murphy", "Smith", "Johnson", "Tanaka", "Sato", "Kim", "Park", "Wang", "Chen", "Haddad",
            "Khalil", "Mansour", "Çelik", "Jiménez", "Muñoz", "Gonçalves", "Ferreira", "Nkosi", "Dlamini", "Traoré",
            "Coulibaly", "Ouédraogo", "Abubakar");

    static final List<String> ES_NOUNS = List.of("Asociación", "Fundación", "Red", "Organización", "Centro",
            "Coordinadora", "Colectivo", "Movimiento", "Alianza", "Corporación");
    static final List<String> ES_TOPICS = List.of("la Educación", "la Salud", "la Niñez", "la Mujer",
            "la Juventud", "la Paz", "la Justicia", "el Desarrollo Rural", "los Derechos Humanos",
            "el Medio Ambiente", "el Agua Potable", "la Vivienda Digna", "la Salud Comunitaria",
            "la Educación Popular", "la Infancia", "la Democracia", "la Participación Ciudadana",
            "la Seguridad Alimentaria", "la Solidaridad", "los Pueblos Indígenas");

    static final List<String> FR_NOUNS = List.of("Association", "Fondation", "Réseau", "Collectif", "Organisation",
            "Centre", "Mouvement", "Alliance", "Fédération", "Comité", "Union", "Coopérative");
    static final List<String> FR_TOPICS = List.of("la Santé", "l'Éducation", "le Développement",
            "la Promotion de la Femme", "la Protection de l'Enfance", "les Droits de l'Homme", "la Paix",
            "l'Environnement", "la Solidarité", "les Femmes Rurales", "la Jeunesse", "la Citoyenneté",
            "la Sécurité Alimentaire", "la Lutte contre la Pauvreté", "l'Éducation des Filles", "la Santé Maternelle",
            "l'Accès à l'Eau", "le Développement Communautaire");

    static final List<String> PT_NOUNS = List.of("Associação", "Fundação", "Rede", "Instituto", "Movimento",
            "Centro", "Cooperativa", "Articulação");
    static final List<String> PT_TOPICS = List.of("a Saúde", "a Educação", "o Desenvolvimento", "a Cidadania",
            "os Direitos Humanos", "o Meio Ambiente", "a Juventude", "as Mulheres", "a Reforma Agrária",
            "a Segurança Alimentar", "a Criança e o Adolescente", "a Economia Solidária");

    /** 50 countries, weighted roughly as CSOs are spread (more in large countries). */
    static final List<String> COUNTRIES = weighted(
            "US", 6, "IN", 6, "NG", 4, "KE", 4, "GB", 4, "FR", 3, "BR", 3, "MX", 3, "CO", 3, "PK", 3, "BD", 3,
            "PH", 3, "ZA", 3, "CA", 3, "DE", 2, "ES", 2, "IT", 2, "AR", 2, "PE", 2, "GH", 2, "UG", 2, "TZ", 2,
            "ET", 2, "CD", 2, "CM", 2, "SN", 2, "CI", 2, "NP", 2, "ID", 2, "EG", 2, "MA", 2, "LB", 1, "JO", 1,
            "TN", 1, "TR", 1, "UA", 1, "PL", 1, "CH", 1, "BE", 1, "NL", 1, "SE", 1, "NO", 1, "AU", 1, "NZ", 1,
            "FJ", 1, "JP", 1, "KR", 1, "HT", 1, "GT", 1, "BO", 1);

    /** The registry's organisation type codes, national NGOs and community groups most common. */
    static final List<String> TYPES = weighted(
            "national-ngo", 8, "international-ngo", 3, "community-based-organization", 4, "social-movement", 1,
            "faith-based-organization", 2, "advocacy-group", 2, "trade-union", 1, "womens-group", 2,
            "professional-voluntary-association", 1, "foundation", 2, "independent-media", 1, "social-network", 1,
            "think-tank-or-research-institute", 1, "academic-institution", 1);

    /** The registry's theme codes: sdg-1 .. sdg-17, human-rights, peace-and-security, humanitarian-action. */
    static final List<String> THEMES;

    static {
        List<String> themes = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            themes.add("sdg-" + i);
        }
        themes.addAll(List.of("human-rights", "peace-and-security", "humanitarian-action"));
        THEMES = Collections.unmodifiableList(themes);
    }

    private static List<String> weighted(Object... entriesAndWeights) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < entriesAndWeights.length; i += 2) {
            for (int w = 0; w < (Integer) entriesAndWeights[i + 1]; w++) {
                list.add((String) entriesAndWeights[i]);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** Every list whose words end up in names, for the accent mapping. */
    static List<List<String>> nameLists() {
        return List.of(NOUNS, ADJECTIVES, TOPICS, PLACES, SURNAMES, ES_NOUNS, ES_TOPICS, FR_NOUNS, FR_TOPICS,
                PT_NOUNS, PT_TOPICS);
    }
}
