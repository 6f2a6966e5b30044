"""Hand-written Spanish texts of the ``fresh14`` split: navieras del Estrecho, acuarios, orquestas y vías."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿El ferry Denia-Ibiza de las 8 admite patinetes eléctricos en la bodega?",
    },
    {
        "kind": "support",
        "text": "Hoja de consentimiento - Estudio Tinta Brava, Zaragoza\n"
        "Nombre: ⟦PERSON|Iratxe Goikoetxea Lamberti⟧\nDNI: ⟦ES_NIF|39562177S⟧\n"
        "Fecha de nacimiento: ⟦DATE_OF_BIRTH|09/10/1993⟧\n"
        "¿Enfermedades?: ⟦HEALTH_DATA|hepatitis B crónica⟧ (en seguimiento)\n"
        "¿Toma anticoagulantes?: sí, ⟦HEALTH_DATA|Sintrom⟧\n"
        "Zona: tobillo derecho\n\nRevisa si podemos hacer la sesión o hay que pedir informe médico.",
    },
    {
        "kind": "support",
        "text": "Redacta la nota para el personal de a bordo:\nPasajero ⟦PERSON|Eusebio Marchena Robles⟧, "
        "trayecto Algeciras-Ceuta del 22/07, reserva ACE-770314. Tiene ⟦HEALTH_DATA|ceguera total⟧ y viaja con "
        "perro guía (Lua, labrador). Necesita acompañamiento desde la terminal y asiento en la sala preferente. "
        "Móvil: ⟦PHONE_NUMBER|612 448 907⟧.",
    },
    {
        "kind": "support",
        "text": "Contesta con tacto a este participante del biobanco, explicándole que el resultado debe darlo su "
        "unidad de consejo genético:\n\n«Buenas, soy ⟦PERSON|Anselmo Vidaurreta⟧. Mi hermano tiene "
        "⟦GENETIC_DATA|síndrome de Lynch por una mutación en MLH1⟧ y me dicen que yo también podría tenerla. "
        "Ustedes tienen mi sangre desde 2017, ¿me pueden decir si la llevo? Mi correo es "
        "⟦EMAIL_ADDRESS|anselmo.vidaurreta@telefonica.net⟧»",
    },
    {
        "kind": "support",
        "text": "Resume esta queja para la Defensora de la Audiencia:\n"
        "«Como ⟦POLITICAL_OPINION|afiliada a Compromís⟧ no espero que me den la razón, pero el debate del jueves "
        "dejó a nuestra candidata un minuto y medio frente a siete de los demás. Pido que se publiquen los "
        "tiempos. ⟦PERSON|Amparo Llinares Boix⟧, Alzira»",
    },
    {
        "kind": "support",
        "text": "No me han devuelto el saldo de la pulsera del festival (pulsera n.º 55-20934). Lo solicité el "
        "lunes dentro de plazo.",
    },
    {
        "kind": "support",
        "text": "Reserva de la Operación Paso del Estrecho, hay que cambiar el titular:\n"
        "Titular anterior: ⟦PERSON|Abdelkrim Bouzidi⟧, NIE ⟦ES_NIE|Y4034184K⟧\n"
        "Nuevo titular: su hijo, mismo vehículo (matrícula 4821 KXZ), salida Almería-Nador el 30/07.\n"
        "Teléfono de contacto: ⟦PHONE_NUMBER|+34 633 905 218⟧\nEscribe la confirmación en español y en francés.",
    },
    {
        "kind": "support",
        "text": "Horario de Navidad del acuario: 24 y 31 de diciembre abrimos de 10 a 15 h, el 25 y el 1 cerrado. "
        "Hazme un texto corto para redes.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Alta de jugador - club de esports (sección League of Legends)\n"
        "El jugador es portugués y nos ha mandado sus datos así, pásalos a nuestra ficha:\n"
        '"Nome completo: ⟦PERSON|Tiago Cordeiro Valadares⟧\nNIF: ⟦PT_NIF|244420530⟧\n'
        "Morada: ⟦STREET_ADDRESS|Rua do Almada 212, 4050-032 Porto⟧\n"
        "IBAN: ⟦IBAN_CODE|PT98 1186 2353 4927 6494 1816 5⟧\n"
        'Data de nascimento: ⟦DATE_OF_BIRTH|02/05/2003⟧"\nContrato: 1 año, residencia en Madrid desde enero.',
    },
    {
        "kind": "hr",
        "text": "Resultado del reconocimiento médico - personal de mantenimiento de vía (categoría A)\n"
        "Trabajador: ⟦PERSON|Rubén Escudero Palacín⟧, brigada nocturna, base de Miranda de Ebro\n"
        "Calificación: no apto temporal para trabajos en vía con circulación.\n"
        "Observaciones (con su consentimiento): tratamiento con ⟦HEALTH_DATA|lorazepam⟧ por ⟦HEALTH_DATA|trastorno de ansiedad⟧; "
        "revisión en un mes.",
    },
    {
        "kind": "hr",
        "text": "Para la habilitación de vigilante: la candidata ⟦PERSON|Noelia Pardiñas Rey⟧ aporta certificado "
        "de antecedentes con ⟦CRIMINAL_RECORD|condena por un delito leve de hurto (2018), ya cancelada⟧ según "
        "ella. Redacta un correo pidiéndole el certificado actualizado.",
    },
    {
        "kind": "hr",
        "text": "Ficha de incorporación - Orquesta Sinfónica (fila de violas)\n"
        "Nombre: ⟦PERSON|Begoña Urrutikoetxea⟧\nDNI: ⟦ES_NIF|80193802-R⟧\n"
        "Cuenta: ⟦IBAN_CODE|ES45 9342 9490 4324 3620 5073⟧\n"
        "Afiliación sindical (cuota en nómina): ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧\n"
        "Domicilio: ⟦STREET_ADDRESS|Calle Doctor Areilza 44, 3º izq., 48010 Bilbao⟧",
    },
    {
        "kind": "hr",
        "text": "Escribe a ⟦PERSON|Lorenzo Cabañas Iturbe⟧ (handling, turno de tarde): para activar el fichaje "
        "hay que registrar su ⟦BIOMETRIC_DATA|huella dactilar⟧ en el terminal de la puerta 4; si no quiere, puede "
        "usar la tarjeta, pero tiene que decírnoslo por escrito.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Milagros Cañete⟧, camarera de eventos, es ⟦RELIGIOUS_BELIEF|testigo de Jehová⟧ y pide no "
        "trabajar en las cenas de Navidad de empresa; se ofrece para todas las bodas de diciembre. Prepara una "
        "respuesta aceptándolo.",
    },
    {
        "kind": "hr",
        "text": "Calendario de ensayos de abril: del 6 al 9 Mahler 5 con el director titular, el 13 lectura de la "
        "obra de encargo, el 16 y 17 conciertos. Los contrabajos tienen libre el día 8 por la mañana.",
    },
    {
        "kind": "hr",
        "text": "Aviso para las brigadas: desde el 1 de junio es obligatorio el uso de auriculares con radio "
        "integrada en los cortes de vía. Recogida en el almacén de Valladolid-Argales, firmad el albarán.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Baleares este verano con tu coche desde 59 €. Reserva antes del 15 de abril y el segundo "
        "pasajero viaja gratis en todas las salidas de Valencia y Barcelona.",
    },
    {
        "kind": "marketing",
        "text": "Dormir con tiburones: una noche en el túnel del acuario para niños de 7 a 12 años, con cena, "
        "desayuno y taller de biología marina. Plazas limitadas los sábados de octubre.",
    },
    {
        "kind": "marketing",
        "text": "Acorta este testimonio para Instagram:\n"
        "«Tenía la cicatriz de la ⟦HEALTH_DATA|cesárea⟧ y no me reconocía. Ahora tengo una rama de olivo que "
        "nace justo ahí.» - ⟦PERSON|Maite Albizu Serrano⟧",
    },
    {
        "kind": "marketing",
        "text": "Promo del documental «Raíces» (La 2, domingo): ⟦PERSON|Dolores Heredia Amaya⟧, primera catedrática "
        "⟦ETHNIC_ORIGIN|gitana⟧ de su universidad, vuelve al barrio de Granada donde aprendió a leer con su abuela.",
    },
    {
        "kind": "marketing",
        "text": "Post de Orgullo para el club, dale un tono más cercano:\n"
        '"Nuestra capitana ⟦PERSON|Lucía Berenguer⟧ es ⟦SEX_LIFE_ORIENTATION|lesbiana⟧ y lleva tres temporadas '
        'demostrando que el competitivo es para todas."',
    },
    {
        "kind": "marketing",
        "text": "Festival del Puerto: 30 bandas, tres escenarios junto al mar y zona de camping con sombra. "
        "Abono de tres días 85 € hasta el domingo.",
    },
    {
        "kind": "marketing",
        "text": "Conciertos en familia: la orquesta presenta «Pedro y el lobo» con títeres, entradas a 6 euros y "
        "espacio para carritos en el patio de butacas.",
    },
    {
        "kind": "marketing",
        "text": "Bodas a tu manera: menús halal, kosher, sin gluten o veganos preparados en cocinas separadas. "
        "Consulta fechas disponibles para 2027.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Cómo funciona la recuperación aumentada (RAG)\n\nEn lugar de confiar solo en lo que el modelo "
        "aprendió durante el entrenamiento, un sistema RAG busca primero los fragmentos más relevantes en una "
        "colección de documentos y los añade al prompt. La calidad depende sobre todo del troceado de los "
        "documentos, del modelo de embeddings y de cuántos fragmentos se recuperan: demasiados diluyen la "
        "respuesta, demasiado pocos dejan fuera el dato necesario.",
    },
]
