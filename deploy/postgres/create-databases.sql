-- One database per service (docker-compose runs this on the first start of the postgres volume).
CREATE DATABASE ct20_plan ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE ct20_report ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE ct20_loan ENCODING 'UTF8' TEMPLATE template0;
