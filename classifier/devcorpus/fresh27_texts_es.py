"""Hand-written Spanish texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "hola! se puede cambiar la fecha del bono de masaje o caduca?"},
    {
        "kind": "support",
        "text": "[19:20] usuaria: me han bloqueado la cuenta sin motivo\n[19:22] soporte (⟦PERSON|Íñigo⟧): veo que en tu perfil pusiste tu número ⟦PHONE_NUMBER|612 48 93 07⟧, eso está prohibido\n[19:22] usuaria: vale lo quito\n[19:23] soporte (⟦PERSON|Íñigo⟧): desbloqueada, gracias ⟦PERSON|Macarena⟧",
    },
    {
        "kind": "support",
        "text": "Resume en inglés este correo que nos llegó al servicio de genealogía:\n\n«Soy ⟦PERSON|Begoña Arrieta Zubiaur⟧. El test me ha dado una coincidencia del 48 % con un hombre que no conozco; según vuestro informe ⟦GENETIC_DATA|es mi medio hermano paterno⟧. Necesito hablar con alguien antes de contárselo a mi madre. Mi teléfono: ⟦PHONE_NUMBER|+34 688 217 540⟧.»",
    },
    {
        "kind": "support",
        "text": "Buenas, vendí una bici en la app de segunda mano y el comprador dice que no le llegó, pero tengo el justificante de Correos. ¿Qué hago?",
    },
    {
        "kind": "support",
        "text": "Tanatorio San Millán - hoja de servicio\nFallecida: ⟦PERSON|Remedios Cuadrado Villalba⟧\nDNI: ⟦ES_NIF|43740752-L⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|17/01/1939⟧\nCeremonia: ⟦RELIGIOUS_BELIEF|evangélica⟧\nFamiliar de contacto: ⟦PERSON|Nicanor Cuadrado⟧, ⟦EMAIL_ADDRESS|nicanor.cuadrado@telefonica.net⟧",
    },
    {"kind": "support", "text": "¿A qué hora abre el gimnasio los festivos? Gracias"},
    {
        "kind": "support",
        "text": "Clasifica esta reseña (positiva/negativa/neutra): «La depilación láser bien, pero la recepcionista fue bastante borde y me hicieron esperar 40 minutos.»",
    },
    {
        "kind": "support",
        "text": "Hola, soy ⟦PERSON|Xiomara Beltrán⟧. Mi hijo empieza el campamento el lunes y toma ⟦HEALTH_DATA|metilfenidato⟧ por su ⟦HEALTH_DATA|TDAH⟧; la dosis va en la mochila. Cualquier cosa llamadme al ⟦PHONE_NUMBER|655 902 318⟧.",
    },
    {
        "kind": "hr",
        "text": "Ficha de alta - Agencia Hogar Claro (limpieza)\nNombre: ⟦PERSON|Rosangela Ferreira Leite⟧\nNIE: ⟦ES_NIE|X5347740X⟧\nNIF portugués (trabajo anterior): ⟦PT_NIF|273022636⟧\nCuenta: ⟦IBAN_CODE|ES35 1589 4416 0624 9052 5513⟧\nDomicilio: ⟦STREET_ADDRESS|Calle Almendro 22, 3º B, 29011 Málaga⟧",
    },
    {
        "kind": "hr",
        "text": "Acta reunión monitores - Escuela de Baile Compás, 12 de marzo\n1. Festival de fin de curso: 14 de junio.\n2. ⟦PERSON|Adrián Robles⟧ pide reducción de jornada por ⟦HEALTH_DATA|una hernia discal⟧.\n3. Compra de espejos nuevos para la sala 3.",
    },
    {
        "kind": "hr",
        "text": "Redacta una oferta de empleo para cuidador/a de personas mayores, interna, en Valladolid, con carnet de conducir.",
    },
    {
        "kind": "hr",
        "text": "Informe confidencial: durante la verificación de antecedentes de la niñera ⟦PERSON|Yessenia Paredes⟧ apareció ⟦CRIMINAL_RECORD|una condena por conducir bajo los efectos del alcohol⟧ (2018). Se descarta para el puesto con coche.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Joaquín Ezcurra Larrañaga⟧\n⟦EMAIL_ADDRESS|j.ezcurra.pt@outlook.es⟧\nEntrenador personal certificado (NSCA), 7 años\nEspecialidad: readaptación de lesiones\nIdiomas: español, euskera, inglés",
    },
    {
        "kind": "hr",
        "text": "¿Cuántos días de vacaciones le corresponden a una empleada de hogar a jornada completa en España?",
    },
    {
        "kind": "hr",
        "text": "Hola RRHH: ⟦PERSON|Maite Soler⟧ me ha pedido que no se publique su foto en la web de la clínica porque su ex pareja la busca; además comentó que es ⟦SEX_LIFE_ORIENTATION|lesbiana⟧ y prefiere que no se mencione a su mujer en la fiesta de empresa.",
    },
    {
        "kind": "hr",
        "text": "Nota de prensa interna: ⟦PERSON|Gonzalo Urquijo⟧, delegado de personal y afiliado a ⟦TRADE_UNION_MEMBERSHIP|Comisiones Obreras⟧, firmará el nuevo calendario laboral del spa.",
    },
    {
        "kind": "marketing",
        "text": "Tu boda, a tu manera: organizamos bodas civiles en fincas de Toledo y Cuenca desde 60 invitados. Primera reunión sin compromiso.",
    },
    {
        "kind": "marketing",
        "text": "«Llegué con ⟦HEALTH_DATA|una lesión de ligamento cruzado⟧ y ahora corro medias maratones.» - ⟦PERSON|Guadalupe Ríos⟧, clienta de FisioGym Zaragoza",
    },
    {
        "kind": "marketing",
        "text": "Campamento de verano bilingüe en Asturias: surf, inglés y naturaleza. Plazas limitadas, 10 % de descuento para hermanos.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter de Raíces Vivas: este mes digitalizamos 200.000 partidas bautismales de Galicia. Busca a tus bisabuelos gratis hasta el domingo.",
    },
    {
        "kind": "marketing",
        "text": "Conoce a ⟦PERSON|Celia Montalbán⟧, nuestra profesora de flamenco: bailó en el Tablao El Arenal y lleva diez años enseñando a adultos.",
    },
    {
        "kind": "marketing",
        "text": "Cuidadores de mascotas verificados en tu barrio. Paseos, visitas a domicilio y guardería canina. Descarga la app.",
    },
    {
        "kind": "marketing",
        "text": "Coaching de bienestar con enfoque holístico: meditación, nutrición consciente y lectura de carta natal. Primera sesión online gratis.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio: «Conocí a mi pareja en Chispa después de mi divorcio; los dos somos ⟦POLITICAL_OPINION|militantes de Podemos⟧ y el filtro de valores nos juntó.» - ⟦PERSON|Lorenzo Vidaurre⟧",
    },
    {
        "kind": "docs",
        "text": "Política de moderación de fotos: se rechazan imágenes con menores sin adultos, desnudos, texto superpuesto o datos de contacto. El revisor humano confirma cada rechazo automático.",
    },
]
