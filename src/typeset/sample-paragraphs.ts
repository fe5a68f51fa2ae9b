// Built-in French sample paragraphs (about 600 characters each) so the typography report runs before the brochure is wired in.

export const SAMPLE_PARAGRAPHS: readonly { id: string; text: string }[] = [
  {
    id: 'programme',
    text: "Le programme TECH.GOUV vise à accélérer la transformation numérique du service public. Il rassemble 38 projets portés par la direction interministérielle du numérique et ses partenaires ministériels : l'objectif est de simplifier les démarches des usagers, d'améliorer les conditions de travail des agents et de renforcer la souveraineté numérique de l'État. Au total, 2 500 réunions ont été organisées depuis 2019 avec les administrations, les collectivités territoriales et les entreprises du secteur, afin de construire ensemble une feuille de route partagée.",
  },
  {
    id: 'enjeux',
    text: "Six enjeux structurent la stratégie : la qualité des services numériques, la maîtrise des coûts, l'attractivité des métiers, la sécurité des systèmes d'information, l'ouverture des données publiques et l'inclusion numérique. Chacun d'eux se décline en missions concrètes, dotées d'indicateurs de suivi publiés régulièrement. Les équipes s'appuient sur des méthodes agiles, sur la mutualisation des outils et sur une gouvernance resserrée, qui associe les secrétaires généraux des ministères et les directeurs du numérique à chaque étape importante du programme.",
  },
  {
    id: 'identite',
    text: "FranceConnect permet aujourd'hui à plus de 20 millions de Français d'accéder à quelque 900 services en ligne avec un identifiant unique. Le dispositif s'étend progressivement aux démarches des collectivités et des organismes de protection sociale ; il garantit un haut niveau de sécurité tout en évitant la multiplication des mots de passe. Une version destinée aux professionnels est en cours de déploiement, et l'interconnexion avec les identités numériques européennes est préparée en lien avec nos partenaires, conformément au règlement eIDAS.",
  },
  {
    id: 'donnees',
    text: "La politique d'ouverture des données publiques franchit une nouvelle étape : les administrations doivent désormais publier par défaut leurs principaux jeux de données, leurs codes sources et leurs algorithmes, dans des formats réutilisables. Le portail national recense déjà plus de 40 000 jeux de données, consultés chaque mois par des centaines de milliers de visiteurs. Des administrateurs ministériels des données accompagnent cette démarche, identifient les besoins des réutilisateurs et veillent à la qualité comme à la mise à jour régulière des informations diffusées.",
  },
  {
    id: 'talents',
    text: "Attirer et fidéliser les talents du numérique constitue une priorité absolue pour l'État employeur. Le programme prévoit une revalorisation des rémunérations, des parcours de carrière mieux identifiés et des formations continues ouvertes à tous les agents. Des promotions d'entrepreneurs d'intérêt général rejoignent chaque année les administrations pour relever, pendant dix mois, des défis d'intérêt public aux côtés des équipes internes. Cette dynamique contribue à diffuser une culture de l'expérimentation, de la conception centrée sur les usagers et du partage.",
  },
  {
    id: 'infrastructures',
    text: "La modernisation des infrastructures repose sur une offre d'hébergement mutualisée et sécurisée, proposée aux ministères sous la forme d'un nuage interministériel. Les centres de données les plus anciens ferment progressivement, ce qui réduit à la fois les coûts de fonctionnement et l'empreinte environnementale. Le réseau interministériel de l'État relie désormais l'ensemble des sites, avec des débits multipliés par dix en trois ans. Ces socles communs permettent aux équipes projets de se concentrer sur la valeur apportée aux usagers plutôt que sur la technique.",
  },
  {
    id: 'inclusion',
    text: "Près de 13 millions de personnes restent éloignées du numérique en France. Pour qu'aucun usager ne soit laissé de côté, l'État soutient la formation de milliers de conseillers numériques, le déploiement de lieux de médiation dans les territoires et la distribution de chèques permettant d'accéder à un accompagnement personnalisé. Les démarches en ligne les plus utilisées font l'objet d'un suivi attentif de leur accessibilité et de leur simplicité ; les résultats sont publiés chaque trimestre dans un observatoire ouvert à tous.",
  },
  {
    id: 'methode',
    text: "La méthode retenue privilégie les petites équipes autonomes, les livraisons fréquentes et la mesure de l'impact réel des services auprès de leurs utilisateurs. Chaque projet fait l'objet d'une revue régulière qui examine sa trajectoire budgétaire, ses risques et ses résultats ; les arbitrages sont rendus rapidement et rendus publics lorsque cela est possible. Cette transparence nourrit la confiance entre les ministères, facilite la réutilisation des briques existantes et permet d'arrêter sans délai les initiatives qui ne produisent pas les effets attendus.",
  },
];
