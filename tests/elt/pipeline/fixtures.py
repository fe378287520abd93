"""Small hand-made uploads whose expected outcome is worked out by hand in the comments."""

FACILITIES = """name,state,lga,type,lat,lon,facility_code,ownership,phone,email,address
General Hospital Ikeja,Lagos,Ikeja,General Hospital,6.6018,3.3515,NG-LA-0001,public,08031234567,gh@example.ng,"1 Hospital Road, Ikeja"
Primary Health Centre Dala,KANO, dala ,Primary Health Centre,12.0,8.5,NG-KN-0002,public,,,
National Hospital,Abuja,Abuja Municipal Area Council,Teaching Hospital,9.04,7.48,NG-FC-0003,public,,,
Clinic Nowhere,Lagos,Dala,Private Clinic,,,,,,,
Atlantis Clinic,Atlantis,Somewhere,Private Clinic,,,,,,,
"""
# rows 2-4 load; row 5: Dala is not an LGA of Lagos; row 6: no such state.
FACILITIES_REJECTED = {("facilities", 5, "unknown_lga"), ("facilities", 6, "unknown_state")}

PATIENTS = """facility_code,patient_number,first_name,last_name,sex,dob,phone,email,address
NG-LA-0001,P-001,Adébáyọ̀,Ògúnlànà,male,1985-04-12,0803 123 4567,ade@example.ng,"12, Allen Avenue, Ikeja"
NG-LA-0001,P-002,Ngozi,Okafor,F,12/08/1990,+2348091234567,,
NG-KN-0002,P-003,Fátímà,Bello,f,2001-02-30,,,
NG-KN-0002,P-004,Ibrahim,Musa,M,2999-01-01,,,
NG-KN-0002,P-005,Aisha,Sani,F,1995-05-05,12345,,
NG-XX-9999,P-006,Emeka,Eze,M,1970-01-01,,,
NG-LA-0001,P-007,Chukwuemeka,Obi,M,1960-06-06,,,
NG-LA-0001,P-007,Chukwuemeka,Obi,M,1960-06-07,,,
NG-FC-0003,P-008,Ọlá,Adé,Other,1899-12-31,,,
"""
# P-001, P-002 and P-007 (row 9, the later of two) load.
PATIENTS_REJECTED = {
    ("patients", 4, "bad_date"),  # 30 February
    ("patients", 5, "future_date"),
    ("patients", 6, "bad_phone"),
    ("patients", 7, "unknown_facility"),
    ("patients", 8, "duplicate_in_batch"),  # row 9 has the same patient_number and wins
    ("patients", 10, "date_too_old"),
}

WORKERS = """facility_code,staff_number,first_name,last_name,cadre,phone,active
NG-LA-0001,S-1,Amina,Yusuf,Nurse,08051234567,yes
NG-KN-0002,S-2,Tunde,Bakare,Community  Health Extension Worker,,0
NG-KN-0002,S-3,Ada,Obi,surgeon,,
"""
WORKERS_REJECTED = {("workers", 4, "bad_cadre")}

MEDICAL_RECORDS = """facility_code,patient_number,record_ref,record_type,recorded_at,diagnosis,icd10_code,treatment,medications,notes,Ward
NG-LA-0001,P-001,MR-1,Consultation,2024-05-01T10:00:00Z,Malaria,b54,ACT,Artemether-lumefantrine,"BP 140/90, review in 2 weeks
Advised rest",B2
NG-LA-0001,P-999,MR-2,Consultation,2024-05-01,,,,,,
NG-LA-0001,P-002,MR-3,lab result,2024-05-02,Typhoid,A01.0,,,,
NG-LA-0001,P-002,MR-4,Surgery,2024-05-02,,,,,,
NG-LA-0001,P-002,MR-5,Consultation,2024-05-03,,ABC,,,,
"""
# Row 2 spans two lines (a quoted newline); the rows after it are records 3-6.
MEDICAL_RECORDS_REJECTED = {
    ("medical_records", 3, "unknown_patient"),
    ("medical_records", 5, "bad_record_type"),
    ("medical_records", 6, "bad_icd10"),
}

TRIAGE_VISITS = """facility_code,patient_number,visit_ref,triage_level,likely_conditions,recommendations,language,provider,visited_at
NG-LA-0001,P-001,TV-1,2,malaria; dehydration,oral rehydration;refer to doctor,yo,nurse-ade,2024-05-01T09:30:00+01:00
NG-LA-0001,P-001,TV-2,0,,,,,2024-05-01
NG-LA-0001,P-001,TV-3,6,,,,,2024-05-01
NG-LA-0001,P-001,TV-4,high,,,,,2024-05-01
NG-LA-0001,P-001,TV-5,3,"[""fever"", ""cough""]",[],HA,,2024-05-03
NG-LA-0001,P-555,TV-6,3,,,,,2024-05-01
"""
TRIAGE_REJECTED = {
    ("triage_visits", 3, "bad_triage_level"),
    ("triage_visits", 4, "bad_triage_level"),
    ("triage_visits", 5, "bad_triage_level"),
    ("triage_visits", 7, "unknown_patient"),
}

ALL_FILES = {
    "facilities.csv": FACILITIES,
    "patients.csv": PATIENTS,
    "workers.csv": WORKERS,
    "medical_records.csv": MEDICAL_RECORDS,
    "triage_visits.csv": TRIAGE_VISITS,
}
ALL_REJECTED = FACILITIES_REJECTED | PATIENTS_REJECTED | WORKERS_REJECTED | MEDICAL_RECORDS_REJECTED | TRIAGE_REJECTED
LOADED = {"facilities": 3, "patients": 3, "workers": 2, "medical_records": 2, "triage_visits": 2}
